/// The corpus and its schema, compiled into the binary so `plenum` needs no files to run.
public enum EmbeddedCorpus {
  /// The YAML text of the default corpus (the August 1956 Plenum).
  public static var yaml: String {
    String(decoding: PackageResources.august_1956_yaml, as: UTF8.self)
  }
  /// The YAML bytes, as compiled in (for a content stamp without decoding them).
  public static var yamlBytes: [UInt8] { PackageResources.august_1956_yaml }
  /// The corpus format documentation, printed by `plenum corpus schema`.
  public static var schema: String {
    String(decoding: PackageResources.corpus_schema_md, as: UTF8.self)
  }
  /// The name diagnostics use for the embedded corpus.
  public static let fileName = "<embedded>/august-1956.yaml"
}
