#if canImport(Glibc)
  import Glibc
#endif

/// Folder and file checks shared by the log and the settings: 0700 folders, no symlinks.
enum ProgressFolders {
  /// What is at `path`, without following a final symbolic link.
  enum Entry { case missing, folder, file, link, other }

  static func entry(at path: String) -> Entry {
    var info = stat()
    guard lstat(path, &info) == 0 else { return .missing }
    switch info.st_mode & S_IFMT {
    case S_IFDIR: return .folder
    case S_IFREG: return .file
    case S_IFLNK: return .link
    default: return .other
    }
  }

  /// Makes sure `path` is a real folder, creating it (and missing parents) with mode 0700.
  ///
  /// The parents above the progress root may be links (a home folder on another disk is
  /// common); the root and everything inside it may not.
  static func ensureFolder(_ path: String, refuseLinks: Bool = true) throws(ProgressError) {
    switch entry(at: path) {
    case .folder: return
    case .link:
      if refuseLinks { throw ProgressError(.symbolicLink(path: path)) }
      var info = stat()
      if stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR { return }
      throw ProgressError(.notAFolder(path: path))
    case .file, .other: throw ProgressError(.notAFolder(path: path))
    case .missing:
      let parent = parentFolder(of: path)
      if !parent.isEmpty, parent != path { try ensureFolder(parent, refuseLinks: false) }
      if mkdir(path, 0o700) != 0 && errno != EEXIST {
        throw ProgressError.from(errno: errno, operation: "create the folder", path: path)
      }
      // Another process may have won the race; check what is there now.
      switch entry(at: path) {
      case .folder: return
      case .link: throw ProgressError(.symbolicLink(path: path))
      default: throw ProgressError(.notAFolder(path: path))
      }
    }
  }

  /// Tightens an existing folder of ours to 0700: a learner folder made by hand, unpacked
  /// from an archive or synced in with 0755 would otherwise show anyone on the machine
  /// every answer. A folder owned by someone else is left alone (chmod would fail anyway).
  static func makePrivate(_ path: String) {
    var info = stat()
    guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR, info.st_uid == geteuid(),
      info.st_mode & 0o077 != 0
    else { return }
    _ = chmod(path, 0o700)
  }

  static func parentFolder(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "" }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }

  static func join(_ folder: String, _ name: String) -> String {
    folder.hasSuffix("/") ? folder + name : folder + "/" + name
  }

  /// An open folder: files are opened relative to it, so a folder swapped for a link after
  /// it was checked is never followed.
  struct Handle: ~Copyable {
    let fd: Int32
    let path: String

    /// Opens `path`, refusing a link or anything but a folder.
    init(_ path: String) throws(ProgressError) {
      let fd = Glibc.open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
      if fd < 0 {
        let code = errno
        if code == ELOOP || entry(at: path) == .link {
          throw ProgressError(.symbolicLink(path: path))
        }
        throw ProgressError.from(errno: code, operation: "open the folder", path: path)
      }
      self.fd = fd
      self.path = path
    }

    deinit { close(fd) }
  }

  /// Opens an existing or new file of `folder` for appending, never through a link; mode
  /// 0600 when new. Returns the descriptor and whether this call created the file.
  static func openForAppend(
    _ name: String, in folder: borrowing Handle, using io: some FileWriting
  ) throws(ProgressError) -> (fd: Int32, created: Bool) {
    let path = join(folder.path, name)
    let base = O_RDWR | O_APPEND | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK
    while true {
      var fd = io.open(name, in: folder.fd, flags: base, mode: 0)
      var created = false
      if fd == -ENOENT {
        fd = io.open(name, in: folder.fd, flags: base | O_CREAT | O_EXCL, mode: 0o600)
        if fd == -EEXIST { continue }
        created = true
      }
      if fd < 0 {
        if fd == -ELOOP || entry(at: path) == .link {
          throw ProgressError(.symbolicLink(path: path))
        }
        if fd == -EISDIR { throw ProgressError(.notAFile(path: path)) }
        throw ProgressError.from(errno: -fd, operation: "open", path: path)
      }
      var info = stat()
      if fstat(fd, &info) != 0 || info.st_mode & S_IFMT != S_IFREG {
        close(fd)
        throw ProgressError(.notAFile(path: path))
      }
      return (fd, created)
    }
  }
}
