//! The one folder walker: analysis (`byline DIR`) and `byline check DIR`
//! both list their files here, so both follow the same rules.
//!
//! Input: a folder and the file extensions wanted. Output: [`Entry`]s in
//! sorted path order, each a regular file to read or a reason it cannot be
//! read. The rules:
//!
//! - entries are sorted by file name (bytes), folders recursed in place;
//! - hidden entries (name starting with `.`) below the named folder are
//!   skipped, folders and files alike;
//! - symbolic links are followed; a link back to a folder being walked is a
//!   [`Kind::Loop`] (reported, not entered), a dangling link with a wanted
//!   extension is [`Kind::Broken`];
//! - a wanted name that is a FIFO, socket or device is [`Kind::Special`]:
//!   reading it could block forever or never end, so it is never opened
//!   (a path named on the command line is read, bounded by `--max-bytes`);
//! - a folder that cannot be read is [`Kind::Broken`], whatever its name.
//!
//! Known limits: a folder reached through two different links (not a loop)
//! is walked twice, under two paths, as `find -L` does.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use walkdir::WalkDir;

/// What the walker found at a path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A regular file (possibly through a link).
    File,
    /// A FIFO, socket or device; the text names which.
    Special(&'static str),
    /// Unusable: dangling link, unreadable folder, ...; the text says why.
    Broken(String),
    /// A link back to a folder above it; the text names that folder.
    Loop(String),
}

/// One path found under the walked folder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub path: PathBuf,
    pub kind: Kind,
}

/// True when `path`'s extension is one of `extensions` (ASCII case ignored).
pub fn wanted(path: &Path, extensions: &[String]) -> bool {
    path.extension().is_some_and(|e| {
        extensions
            .iter()
            .any(|x| e.eq_ignore_ascii_case(x.as_str()))
    })
}

fn hidden(entry: &walkdir::DirEntry) -> bool {
    entry.depth() > 0 && entry.file_name().as_encoded_bytes().first() == Some(&b'.')
}

/// List the files under `root` whose extension is one of `extensions`, by
/// the rules in the module doc.
pub fn walk(root: &Path, extensions: &[String]) -> Vec<Entry> {
    let mut out = Vec::new();
    let walker = WalkDir::new(root)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| !hidden(e));
    for item in walker {
        match item {
            Ok(e) if e.file_type().is_dir() => {}
            Ok(e) if wanted(e.path(), extensions) => {
                let kind = match special_kind(&e.file_type()) {
                    None => Kind::File,
                    Some(what) => Kind::Special(what),
                };
                out.push(Entry {
                    path: e.into_path(),
                    kind,
                });
            }
            Ok(_) => {}
            Err(err) => {
                let Some(path) = err.path().map(Path::to_path_buf) else {
                    continue;
                };
                if let Some(ancestor) = err.loop_ancestor() {
                    let kind = Kind::Loop(ancestor.display().to_string());
                    out.push(Entry { path, kind });
                    continue;
                }
                let io = err.io_error();
                let is_dir = fs::metadata(&path).is_ok_and(|m| m.is_dir());
                let message = match io {
                    Some(e) if is_dir => format!("reading folder: {}", describe_io(e)),
                    Some(e) => describe_path_error(&path, e),
                    None => err.to_string(),
                };
                if is_dir || wanted(&path, extensions) {
                    out.push(Entry {
                        path,
                        kind: Kind::Broken(message),
                    });
                }
            }
        }
    }
    out
}

/// "a FIFO", "a socket", ... for a file type that is not a regular file or
/// folder; None for a regular file.
pub fn special_kind(ft: &fs::FileType) -> Option<&'static str> {
    if ft.is_file() || ft.is_dir() {
        return None;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if ft.is_fifo() {
            return Some("a FIFO");
        }
        if ft.is_socket() {
            return Some("a socket");
        }
        if ft.is_block_device() {
            return Some("a block device");
        }
        if ft.is_char_device() {
            return Some("a character device");
        }
    }
    Some("not a regular file")
}

/// A short reason for an I/O error.
pub fn describe_io(err: &io::Error) -> String {
    match err.kind() {
        io::ErrorKind::NotFound => "no such file or folder".to_string(),
        io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => err.to_string(),
    }
}

/// Like [`describe_io`], but names dangling symlinks and symlink loops.
pub fn describe_path_error(path: &Path, err: &io::Error) -> String {
    let is_link = fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
    match err.kind() {
        io::ErrorKind::NotFound if is_link => "dangling symbolic link".to_string(),
        // ELOOP on Linux and the BSDs.
        _ if is_link && matches!(err.raw_os_error(), Some(40) | Some(62)) => {
            "symbolic link loop (too many levels of links)".to_string()
        }
        _ => describe_io(err),
    }
}

/// A path as a readable id: the path as given, with each byte that is not
/// UTF-8 written `\xNN`, so two names that differ only there stay apart.
pub fn display_id(path: &Path) -> String {
    let bytes = path.as_os_str().as_encoded_bytes();
    let mut out = String::with_capacity(bytes.len());
    for chunk in bytes.utf8_chunks() {
        out.push_str(chunk.valid());
        for b in chunk.invalid() {
            out.push_str(&format!("\\x{b:02x}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(entries: &[Entry], root: &Path) -> Vec<(String, Kind)> {
        entries
            .iter()
            .map(|e| {
                let rel = e.path.strip_prefix(root).unwrap();
                (rel.display().to_string(), e.kind.clone())
            })
            .collect()
    }

    #[cfg(unix)]
    #[test]
    fn rules() {
        use std::os::unix::fs::symlink;
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        for name in [
            "b.txt",
            "a.txt",
            "sub/c.txt",
            "x.md",
            ".hid.txt",
            ".git/d.txt",
        ] {
            let p = root.join(name);
            fs::create_dir_all(p.parent().unwrap()).unwrap();
            fs::write(p, "x").unwrap();
        }
        symlink(root.join("nowhere"), root.join("dangling.txt")).unwrap();
        symlink(root, root.join("sub/loop")).unwrap();
        let fifo = root.join("pipe.txt");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        let found = names(&walk(root, &["txt".to_string()]), root);
        let mut want = vec![
            ("a.txt".to_string(), Kind::File),
            ("b.txt".to_string(), Kind::File),
            (
                "dangling.txt".to_string(),
                Kind::Broken("dangling symbolic link".into()),
            ),
        ];
        if made.is_ok_and(|s| s.success()) {
            want.push(("pipe.txt".to_string(), Kind::Special("a FIFO")));
        }
        want.push(("sub/c.txt".to_string(), Kind::File));
        want.push((
            "sub/loop".to_string(),
            Kind::Loop(root.display().to_string()),
        ));
        assert_eq!(found, want);
    }

    #[cfg(unix)]
    #[test]
    fn ids_keep_bytes_apart() {
        use std::os::unix::ffi::OsStrExt;
        let a = Path::new(std::ffi::OsStr::from_bytes(b"bad\xffname.txt"));
        let b = Path::new(std::ffi::OsStr::from_bytes(b"bad\xfename.txt"));
        assert_eq!(display_id(a), "bad\\xffname.txt");
        assert_ne!(display_id(a), display_id(b));
        assert_eq!(display_id(Path::new("é/a.txt")), "é/a.txt");
    }
}
