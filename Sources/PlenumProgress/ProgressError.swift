#if canImport(Glibc)
  import Glibc
#endif

/// Why the progress store could not do what was asked; `description` is a sentence for the user.
public struct ProgressError: Error, Hashable, Sendable, CustomStringConvertible {
  /// What went wrong, with the path or name involved.
  public enum Kind: Hashable, Sendable {
    /// The learner name cannot be a folder name; `reason` says why.
    case invalidLearnerName(name: String, reason: String)
    /// The device id cannot name a log file.
    case invalidDeviceID(String)
    /// Another process held the learner's lock longer than the wait allowed.
    case locked(path: String, seconds: Int)
    /// A symbolic link is where the store expects a real folder or file.
    case symbolicLink(path: String)
    /// Something other than a folder is where a folder should be.
    case notAFolder(path: String)
    /// Something other than a regular file is where a file should be.
    case notAFile(path: String)
    /// The disk is full (ENOSPC or EDQUOT).
    case diskFull(path: String)
    /// The file reached the size limit (EFBIG).
    case fileTooLarge(path: String)
    /// The folder or file may not be written (EROFS, EACCES, EPERM).
    case readOnly(path: String)
    /// A folder that exists cannot be listed or searched (EACCES and the like), so its
    /// reviews cannot be counted.
    case unreadableFolder(path: String, errno: Int32)
    /// A time outside the years 0000–9999, which the log's timestamps cannot hold.
    case unrepresentableTime(epochMilliseconds: Int64)
    /// Any other failing system call.
    case system(operation: String, path: String, errno: Int32)
    /// The settings file is not JSON or not an object.
    case unreadableSettings(path: String, detail: String)
    /// One setting has a wrong value.
    case invalidSetting(path: String, field: String, detail: String)
  }

  /// What went wrong.
  public var kind: Kind

  /// Wraps a kind.
  public init(_ kind: Kind) { self.kind = kind }

  /// Classifies a failed system call on `path`.
  static func from(errno code: Int32, operation: String, path: String) -> ProgressError {
    switch code {
    case ENOSPC, EDQUOT: ProgressError(.diskFull(path: path))
    case EFBIG: ProgressError(.fileTooLarge(path: path))
    case EROFS, EACCES, EPERM: ProgressError(.readOnly(path: path))
    case ELOOP: ProgressError(.symbolicLink(path: path))
    case ENOTDIR: ProgressError(.notAFolder(path: path))
    default: ProgressError(.system(operation: operation, path: path, errno: code))
    }
  }

  /// A complete sentence: what, where, and what to do.
  public var description: String {
    switch kind {
    case .invalidLearnerName(let name, let reason):
      let shown = String(
        String.UnicodeScalarView(
          name.unicodeScalars.flatMap { scalar -> [Unicode.Scalar] in
            [.control, .format].contains(scalar.properties.generalCategory)
              ? Array(scalar.escaped(asASCII: true).unicodeScalars) : [scalar]
          }))
      return
        "The learner name '\(shown)' is not allowed: \(reason). Choose a plain name such as 'alice' or 'Kim Min-ji'."
    case .invalidDeviceID(let id):
      return
        "The device id '\(id)' cannot name a log file: it must be 1 to 64 letters, digits, '-' or '_'. Fix or delete the .device file (or PLENUM_DEVICE) so a new id is drawn."
    case .locked(let path, let seconds):
      return
        "Another plenum process has held \(path) for more than \(seconds) second\(seconds == 1 ? "" : "s"), so the review could not be saved. Finish or resume (fg) the other plenum session of this learner and answer again; reviews already saved are kept."
    case .symbolicLink(let path):
      return
        "\(path) is a symbolic link; plenum does not follow links in the progress folder, so a review cannot be written elsewhere by accident. Replace the link with a real folder or file."
    case .notAFolder(let path):
      return
        "\(path) should be a folder but is a file or something else. Move it away and run plenum again."
    case .notAFile(let path):
      return
        "\(path) should be a regular file but is a folder or something else. Move it away and run plenum again."
    case .diskFull(let path):
      return
        "The disk is full, so the review could not be saved to \(path). Free some space and answer again; reviews already saved are kept."
    case .fileTooLarge(let path):
      return
        "\(path) has reached the largest file size this system allows, so the review could not be saved. Raise the limit (ulimit -f) and answer again; reviews already saved are kept."
    case .readOnly(let path):
      return
        "\(path) cannot be written (the folder or disk is read-only or not yours), so the review could not be saved. Choose a writable progress folder with --progress or PLENUM_PROGRESS; reviews already saved are kept."
    case .unreadableFolder(let path, let code):
      return
        "The folder \(path) cannot be read (\(String(cString: strerror(code)))), so its reviews cannot be counted; nothing was shown as empty. Check its owner and permissions (ls -ld \(path)) or run plenum as its owner."
    case .unrepresentableTime(let ms):
      return
        "The time \(ms) ms after 1970 is outside the years 0000 to 9999 that the review log can hold, so the review was not saved. Check the clock or PLENUM_NOW."
    case .system(let operation, let path, let code):
      return
        "Could not \(operation) \(path): \(String(cString: strerror(code))) (errno \(code)). Reviews already saved are kept."
    case .unreadableSettings(let path, let detail):
      return
        "The settings file \(path) could not be read: \(detail). Fix or delete it to use the defaults."
    case .invalidSetting(let path, let field, let detail):
      return
        "The settings file \(path) has a wrong value for '\(field)': \(detail). Fix it or remove the field to use the default."
    }
  }
}
