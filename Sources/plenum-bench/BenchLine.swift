import Foundation

/// A JSON value as a benchmark line holds it: numbers, text, flags and lists.
enum JSONValue: ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral, ExpressibleByStringLiteral,
  ExpressibleByBooleanLiteral
{
  case int(Int)
  case double(Double)
  case string(String)
  case bool(Bool)
  case array([JSONValue])
  case null

  init(integerLiteral value: Int) { self = .int(value) }
  init(floatLiteral value: Double) { self = .double(value) }
  init(stringLiteral value: String) { self = .string(value) }
  init(booleanLiteral value: Bool) { self = .bool(value) }

  /// The value as JSON text. Doubles keep 4 decimals (1 above 10,000), enough for ms and
  /// rates without noise digits; NaN and infinities become null.
  var text: String {
    switch self {
    case .int(let value): return String(value)
    case .double(let value):
      guard value.isFinite else { return "null" }
      let places = abs(value) >= 10_000 ? 10.0 : 10_000.0
      let rounded = (value * places).rounded() / places
      if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int64(rounded)) }
      return String(rounded)
    case .string(let value):
      var out = "\""
      for scalar in value.unicodeScalars {
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\u{0}"..."\u{1F}": out += String(format: "\\u%04x", Int(scalar.value))
        default: out.unicodeScalars.append(scalar)
        }
      }
      return out + "\""
    case .bool(let value): return value ? "true" : "false"
    case .array(let values): return "[" + values.map(\.text).joined(separator: ",") + "]"
    case .null: return "null"
    }
  }
}

/// One result line: `name`, `n`, `median_ms`, `p99_ms`, `throughput`, `peak_rss_mb` first,
/// then the benchmark's own fields in the order they were added.
struct BenchLine {
  private var fields: [(String, JSONValue)] = []

  /// A line for `n` units of work timed as `samples`; `throughput` is units per second at
  /// the median, named by `unit` ("reviews/s", "cards/s").
  init(name: String, n: Int, samples: Samples, unitsPerSample: Double? = nil, unit: String) {
    let units = unitsPerSample ?? Double(n)
    fields = [
      ("name", .string(name)), ("n", .int(n)), ("median_ms", .double(samples.median)),
      ("p99_ms", .double(samples.p99)),
      ("throughput", .double(samples.median > 0 ? units / (samples.median / 1000) : 0)),
      ("throughput_unit", .string(unit)), ("peak_rss_mb", .double(ProcessMemory.peakMegabytes())),
      ("runs", .int(samples.count)),
    ]
    if let cpu = samples.cpuMedian { fields.append(("cpu_median_ms", .double(cpu))) }
  }

  /// A line that only says a benchmark could not run, and why.
  init(name: String, error: String) {
    fields = [("name", .string(name)), ("error", .string(error))]
  }

  /// Adds (or replaces) a field.
  subscript(key: String) -> JSONValue? {
    get { fields.first { $0.0 == key }?.1 }
    set {
      if let index = fields.firstIndex(where: { $0.0 == key }) {
        if let newValue { fields[index].1 = newValue } else { fields.remove(at: index) }
      } else if let newValue {
        fields.append((key, newValue))
      }
    }
  }

  /// The line as compact JSON.
  var text: String {
    "{" + fields.map { JSONValue.string($0.0).text + ":" + $0.1.text }.joined(separator: ",") + "}"
  }

  /// Prints the line to stdout and flushes, so a later crash keeps the earlier lines.
  func emit() {
    FileHandle.standardOutput.write(Data((text + "\n").utf8))
  }
}

/// Prints a progress note on stderr (stdout carries only JSON lines).
func note(_ text: String) {
  FileHandle.standardError.write(Data(("plenum-bench: " + text + "\n").utf8))
}
