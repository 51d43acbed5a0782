extension ReviewLog {
  /// Checks, for commands that only read, that a learner folder is a real folder when it
  /// exists: never a symbolic link (which would read someone else's progress) or a file.
  /// A missing folder is fine: the learner simply has no progress yet.
  public static func checkLearnerFolder(_ path: String) throws(ProgressError) {
    switch ProgressFolders.entry(at: path) {
    case .missing, .folder: return
    case .link: throw ProgressError(.symbolicLink(path: path))
    case .file, .other: throw ProgressError(.notAFolder(path: path))
    }
  }
}
