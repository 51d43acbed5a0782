import Foundation

extension LearnerSettings {
  /// Reads `<learnerFolder>/settings.json`; the defaults when there is none.
  public static func load(learnerFolder: String) throws(ProgressError) -> LearnerSettings {
    let path = ProgressFolders.join(learnerFolder, fileName)
    switch ProgressFolders.entry(at: path) {
    case .missing: return LearnerSettings()
    case .link: throw ProgressError(.symbolicLink(path: path))
    case .folder, .other: throw ProgressError(.notAFile(path: path))
    case .file: break
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw ProgressError(.unreadableSettings(path: path, detail: "the file cannot be opened"))
    }
    return try decode(data, path: path)
  }

  /// Writes the settings atomically (temp file 0600, fsync, rename, fsync the folder).
  public func save(learnerFolder: String, io: any FileWriting = SystemFileWriting())
    throws(ProgressError)
  {
    let path = ProgressFolders.join(learnerFolder, Self.fileName)
    try validate(path: path)
    try ProgressFolders.ensureFolder(learnerFolder)
    try AtomicFile.write(Array(encoded().utf8), to: path, io: io)
  }

  /// The file's text: one field a line, fixed order, a trailing newline.
  public func encoded() -> String {
    func number(_ value: Double) -> String {
      value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : "\(value)"
    }
    func list(_ values: [Double]) -> String {
      "[" + values.map(number).joined(separator: ", ") + "]"
    }
    var lines = [
      "\"desired_retention\": \(number(desiredRetention))",
      "\"learning_steps_minutes\": \(list(learningStepsMinutes))",
      "\"relearning_steps_minutes\": \(list(relearningStepsMinutes))",
      "\"maximum_interval_days\": \(maximumIntervalDays)",
      "\"new_cards_per_day\": \(newCardsPerDay)",
      "\"scheduler\": \"\(scheduler)\"",
    ]
    if let weights { lines.append("\"weights\": \(list(weights))") }
    return "{\n  " + lines.joined(separator: ",\n  ") + "\n}\n"
  }

  /// Parses and validates settings; errors name `path` and the field. Missing fields take
  /// their defaults, unknown fields are an error (most likely a misspelling).
  public static func decode(_ data: Data, path: String) throws(ProgressError) -> LearnerSettings {
    let object: [String: SettingValue]
    do {
      object = try JSONDecoder().decode([String: SettingValue].self, from: data)
    } catch {
      let detail: String
      if (try? JSONSerialization.jsonObject(with: data)) != nil {
        detail = "it must be one JSON object of settings"
      } else if let reason = syntaxError(data) {
        detail = "it is not valid JSON (\(reason))"
      } else {
        detail = "it is not valid JSON"
      }
      throw ProgressError(.unreadableSettings(path: path, detail: detail))
    }
    func bad(_ field: String, _ detail: String) -> ProgressError {
      ProgressError(.invalidSetting(path: path, field: field, detail: detail))
    }
    if let unknown = object.keys.sorted().first(where: { !fieldNames.contains($0) }) {
      throw bad(
        unknown, "there is no such setting; the settings are " + fieldNames.joined(separator: ", "))
    }
    var settings = LearnerSettings()
    func double(_ field: String) throws(ProgressError) -> Double? {
      guard let value = object[field] else { return nil }
      guard case .number(let number) = value else { throw bad(field, "it must be a number") }
      return number
    }
    func integer(_ field: String) throws(ProgressError) -> Int? {
      guard let number = try double(field) else { return nil }
      guard number == number.rounded(), abs(number) < 1e15 else {
        throw bad(field, "it must be a whole number, not \(number)")
      }
      return Int(number)
    }
    func numbers(_ field: String) throws(ProgressError) -> [Double]? {
      guard let value = object[field] else { return nil }
      guard case .array(let items) = value else { throw bad(field, "it must be a list of numbers") }
      var result: [Double] = []
      for item in items {
        guard case .number(let number) = item else {
          throw bad(field, "it must be a list of numbers")
        }
        result.append(number)
      }
      return result
    }
    if let value = try double("desired_retention") { settings.desiredRetention = value }
    if let value = try numbers("learning_steps_minutes") { settings.learningStepsMinutes = value }
    if let value = try numbers("relearning_steps_minutes") {
      settings.relearningStepsMinutes = value
    }
    if let value = try integer("maximum_interval_days") { settings.maximumIntervalDays = value }
    if let value = try integer("new_cards_per_day") { settings.newCardsPerDay = value }
    if let value = object["scheduler"] {
      guard case .string(let name) = value else { throw bad("scheduler", "it must be a string") }
      settings.scheduler = name
    }
    if object["weights"] == .null {
      settings.weights = nil
    } else if let value = try numbers("weights") {
      settings.weights = value
    }
    try settings.validate(path: path)
    return settings
  }

  private static func syntaxError(_ data: Data) -> String? {
    do {
      _ = try JSONSerialization.jsonObject(with: data)
      return nil
    } catch {
      // Foundation says "Invalid value around character 15."; fit it inside our sentence.
      guard var text = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String,
        let first = text.first
      else { return nil }
      if text.hasSuffix(".") { text.removeLast() }
      return first.lowercased() + text.dropFirst()
    }
  }
}

/// One JSON value of the settings file.
enum SettingValue: Decodable, Equatable {
  case number(Double)
  case string(String)
  case bool(Bool)
  case array([SettingValue])
  case object
  case null

  init(from decoder: any Decoder) throws {
    let c = try decoder.singleValueContainer()
    if c.decodeNil() {
      self = .null
    } else if let value = try? c.decode(Bool.self) {
      self = .bool(value)
    } else if let value = try? c.decode(Double.self) {
      self = .number(value)
    } else if let value = try? c.decode(String.self) {
      self = .string(value)
    } else if let value = try? c.decode([SettingValue].self) {
      self = .array(value)
    } else {
      _ = try c.decode([String: SettingValue].self)
      self = .object
    }
  }
}
