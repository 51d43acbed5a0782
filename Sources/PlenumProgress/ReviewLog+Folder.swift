#if canImport(Glibc)
  import Glibc
#endif

extension ReviewLog {
  /// Checks, for commands that only read, that a learner folder is a real folder when it
  /// exists: never a symbolic link (which would read someone else's progress) or a file.
  /// A missing folder is fine: the learner simply has no progress yet.
  ///
  /// A folder that exists but cannot be searched or listed (its own or the progress root's
  /// permissions) is an error naming the folder, never "no reviews".
  public static func checkLearnerFolder(_ path: String) throws(ProgressError) {
    var info = stat()
    if lstat(path, &info) != 0 {
      let code = errno
      if code == ENOENT { return }
      if code == ENOTDIR {
        throw ProgressError(.notAFolder(path: ProgressFolders.parentFolder(of: path)))
      }
      // The learner folder cannot even be looked up: name the folder that cannot be searched.
      let parent = ProgressFolders.parentFolder(of: path)
      let blocked = !parent.isEmpty && access(parent, X_OK) != 0 ? parent : path
      throw ProgressError(.unreadableFolder(path: blocked, errno: code))
    }
    switch info.st_mode & S_IFMT {
    case S_IFLNK: throw ProgressError(.symbolicLink(path: path))
    case S_IFDIR:
      guard let dir = opendir(path) else {
        throw ProgressError(.unreadableFolder(path: path, errno: errno))
      }
      closedir(dir)
    default: throw ProgressError(.notAFolder(path: path))
    }
  }
}
