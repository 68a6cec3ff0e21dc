//! `--out-dir`: where each input's record goes, and writing it there without
//! ever touching anything outside the folder.
//!
//! Input: the input paths as given and the record bytes. Output: files
//! below the out-dir. The mapping ([`relative`]) is a pure function of the
//! path as given, and one-to-one, so two inputs never share a file unless
//! their paths are the same after lexical clean-up (`a/./b` = `a/b`,
//! `a/x/../b` = `a/b`); the batch refuses such a run before writing.
//!
//! - the input's whole file name is kept and `.json` appended
//!   (`in/a.txt` -> `OUT/in/a.txt.json`, `in/a.md` -> `OUT/in/a.md.json`);
//! - a relative path is mirrored below OUT; each leading `..` becomes a
//!   folder `_up` (`../x/c.txt` -> `OUT/_up/x/c.txt.json`);
//! - an absolute path is mirrored below `OUT/_root` (`/data/a.txt` ->
//!   `OUT/_root/data/a.txt.json`);
//! - stdin is `OUT/_stdin.json`;
//! - a first name that itself starts with `_` gets one more `_`
//!   (`_up/a.txt` -> `OUT/__up/a.txt.json`), so the names above stay free;
//! - names are kept byte for byte (not UTF-8 too).
//!
//! Writing ([`write`]) never follows a symbolic link below OUT (OUT itself
//! may be one): each folder is opened with `O_NOFOLLOW` relative to its
//! parent's handle, the record goes to a temporary file created with
//! `O_EXCL` under an unpredictable name, and is renamed over the target, so
//! a reader sees either the old file or the whole new one, and a failed write
//! leaves no temporary file behind.
//!
//! Known limits: on a case-insensitive file system `A.txt` and `a.txt` still
//! share a file (not detected); other platforms than Unix check each folder
//! for links just before using it, which a racing process could defeat.

use std::ffi::{OsStr, OsString};
use std::io;
use std::path::{Component, Path, PathBuf};

/// The path, relative to the out-dir, of the record of the input at `input`
/// (None: stdin), with `ext` (`json`) appended to its file name. None when
/// the path names no file (`..`, `/`).
pub fn relative(input: Option<&Path>, ext: &str) -> Option<PathBuf> {
    let Some(input) = input else {
        return Some(PathBuf::from(format!("_stdin.{ext}")));
    };
    let mut prefix: Vec<OsString> = Vec::new();
    let mut names: Vec<&OsStr> = Vec::new();
    for c in input.components() {
        match c {
            Component::Prefix(p) => {
                let drive: String = p
                    .as_os_str()
                    .to_string_lossy()
                    .chars()
                    .filter(char::is_ascii_alphanumeric)
                    .collect();
                prefix = vec![format!("_root{drive}").into()];
            }
            Component::RootDir => {
                if prefix.is_empty() {
                    prefix.push("_root".into());
                }
            }
            Component::CurDir => {}
            Component::ParentDir => {
                if names.pop().is_none() && prefix.first().is_none_or(|p| p == "_up") {
                    prefix.push("_up".into());
                }
            }
            Component::Normal(n) => names.push(n),
        }
    }
    let (last, folders) = names.split_last()?;
    let mut out = PathBuf::new();
    for p in &prefix {
        out.push(p);
    }
    let mut file = last.to_os_string();
    file.push(".");
    file.push(ext);
    let mut all: Vec<&OsStr> = folders.to_vec();
    all.push(&file);
    for (i, n) in all.iter().enumerate() {
        if i == 0 && n.as_encoded_bytes().first() == Some(&b'_') {
            let mut escaped = OsString::from("_");
            escaped.push(n);
            out.push(escaped);
        } else {
            out.push(n);
        }
    }
    Some(out)
}

/// Write `contents` to `root/rel` (rel from [`relative`]) by the rules in
/// the module doc: folders created as needed, no link below `root`
/// followed, an exclusive temporary file renamed into place.
pub fn write(root: &Path, rel: &Path, contents: &[u8]) -> io::Result<()> {
    std::fs::create_dir_all(root)?;
    let names: Vec<&OsStr> = rel
        .components()
        .map(|c| match c {
            Component::Normal(n) => Ok(n),
            _ => Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                "output path leaves the out-dir",
            )),
        })
        .collect::<io::Result<_>>()?;
    let (file, folders) = names
        .split_last()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "empty output path"))?;
    imp::write(root, folders, file, contents)
}

/// A temporary name beside `file` nobody can guess: the name, the process
/// id and 64 random bits.
fn temp_name(file: &OsStr) -> OsString {
    use std::hash::{BuildHasher, Hasher};
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u128(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos()),
    );
    let mut name = OsString::from(".");
    name.push(file);
    name.push(format!(".{}.{:016x}.tmp", std::process::id(), h.finish()));
    name
}

fn through_link(name: &OsStr) -> io::Error {
    io::Error::other(format!(
        "{} is a symbolic link or not a folder; byline never writes through a link inside the out-dir",
        Path::new(name).display()
    ))
}

#[cfg(unix)]
mod imp {
    use std::ffi::OsStr;
    use std::io::{self, Write};
    use std::os::fd::OwnedFd;
    use std::path::Path;

    use rustix::fs::{AtFlags, CWD, Mode, OFlags, mkdirat, openat, renameat, unlinkat};

    fn open_dir(parent: &OwnedFd, name: &OsStr) -> io::Result<OwnedFd> {
        let flags = OFlags::RDONLY | OFlags::DIRECTORY | OFlags::NOFOLLOW | OFlags::CLOEXEC;
        openat(parent, name, flags, Mode::empty()).map_err(|e| {
            if e == rustix::io::Errno::LOOP || e == rustix::io::Errno::NOTDIR {
                super::through_link(name)
            } else {
                e.into()
            }
        })
    }

    pub fn write(root: &Path, folders: &[&OsStr], file: &OsStr, contents: &[u8]) -> io::Result<()> {
        let flags = OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC;
        let mut dir = openat(CWD, root, flags, Mode::empty())?;
        for name in folders {
            match mkdirat(&dir, *name, Mode::from_raw_mode(0o777)) {
                Ok(()) => {}
                Err(e) if e == rustix::io::Errno::EXIST => {}
                Err(e) => return Err(e.into()),
            }
            dir = open_dir(&dir, name)?;
        }
        let create =
            OFlags::WRONLY | OFlags::CREATE | OFlags::EXCL | OFlags::NOFOLLOW | OFlags::CLOEXEC;
        let (tmp, fd) = loop {
            let tmp = super::temp_name(file);
            match openat(&dir, &tmp, create, Mode::from_raw_mode(0o666)) {
                Ok(fd) => break (tmp, fd),
                Err(e) if e == rustix::io::Errno::EXIST => continue,
                Err(e) => return Err(e.into()),
            }
        };
        let mut f = std::fs::File::from(fd);
        let written = f
            .write_all(contents)
            .and_then(|()| f.flush())
            .and_then(|()| renameat(&dir, &tmp, &dir, file).map_err(io::Error::from));
        drop(f);
        if written.is_err() {
            let _ = unlinkat(&dir, &tmp, AtFlags::empty());
        }
        written
    }
}

#[cfg(not(unix))]
mod imp {
    use std::ffi::OsStr;
    use std::io::{self, Write};
    use std::path::Path;

    pub fn write(root: &Path, folders: &[&OsStr], file: &OsStr, contents: &[u8]) -> io::Result<()> {
        let mut dir = root.to_path_buf();
        for name in folders {
            dir.push(name);
            match std::fs::symlink_metadata(&dir) {
                Ok(m) if m.is_dir() => {}
                Ok(_) => return Err(super::through_link(name)),
                Err(e) if e.kind() == io::ErrorKind::NotFound => std::fs::create_dir(&dir)?,
                Err(e) => return Err(e),
            }
        }
        let tmp = dir.join(super::temp_name(file));
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)?;
        let written = f
            .write_all(contents)
            .and_then(|()| f.flush())
            .and_then(|()| {
                drop(f);
                std::fs::rename(&tmp, dir.join(file))
            });
        if written.is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
        written
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mapping_is_one_to_one() {
        let cases = [
            ("in/a.txt", Some("in/a.txt.json")),
            ("in/a.md", Some("in/a.md.json")),
            ("./in/./b.txt", Some("in/b.txt.json")),
            ("in/x/../b.txt", Some("in/b.txt.json")),
            ("../x/c.txt", Some("_up/x/c.txt.json")),
            ("y/../../x2/c.txt", Some("_up/x2/c.txt.json")),
            ("../../c.txt", Some("_up/_up/c.txt.json")),
            ("/abs/d.txt", Some("_root/abs/d.txt.json")),
            ("/../abs/d.txt", Some("_root/abs/d.txt.json")),
            ("_up/c.txt", Some("__up/c.txt.json")),
            ("_root", Some("__root.json")),
            ("../_x.txt", Some("_up/__x.txt.json")),
            ("..", None),
            ("/", None),
        ];
        for (input, want) in cases {
            let got = relative(Some(Path::new(input)), "json");
            assert_eq!(got, want.map(PathBuf::from), "{input}");
        }
        assert_eq!(relative(None, "json"), Some(PathBuf::from("_stdin.json")));
    }

    #[cfg(unix)]
    #[test]
    fn never_writes_through_links() {
        use std::os::unix::fs::symlink;
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out");
        let victim = dir.path().join("victim");
        std::fs::create_dir_all(&out).unwrap();
        std::fs::create_dir_all(&victim).unwrap();
        symlink(&victim, out.join("s")).unwrap();
        let err = write(&out, Path::new("s/in.txt.json"), b"{}").unwrap_err();
        assert!(err.to_string().contains("symbolic link"), "{err}");
        assert_eq!(std::fs::read_dir(&victim).unwrap().count(), 0);
        // A link in the file's own place is replaced, not followed.
        std::fs::write(victim.join("keep"), "old").unwrap();
        symlink(victim.join("keep"), out.join("f.json")).unwrap();
        write(&out, Path::new("f.json"), b"new").unwrap();
        assert_eq!(std::fs::read_to_string(victim.join("keep")).unwrap(), "old");
        assert_eq!(std::fs::read_to_string(out.join("f.json")).unwrap(), "new");
        let left: Vec<_> = std::fs::read_dir(&out).unwrap().collect();
        assert_eq!(left.len(), 2, "s and f.json, no temporary file");
    }
}
