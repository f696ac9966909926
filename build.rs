//! Bundles `js/` into the binary: generates `$OUT_DIR/bridge_files.rs`, a table of
//! (module name, source) pairs that the isolate evaluates once into its startup snapshot.

use std::fs;
use std::path::{Path, PathBuf};

fn collect(dir: &Path, prefix: &str, out: &mut Vec<(String, PathBuf)>) {
    let Ok(rd) = fs::read_dir(dir) else { return };
    let mut entries: Vec<_> = rd.flatten().collect();
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        let p = e.path();
        let name = e.file_name().to_string_lossy().into_owned();
        if p.is_dir() {
            collect(&p, &format!("{prefix}{name}/"), out);
        } else if let Some(stem) = name.strip_suffix(".js") {
            out.push((format!("{prefix}{stem}"), p));
        }
    }
}

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let js = root.join("js");
    println!("cargo:rerun-if-changed=js");
    let mut files = Vec::new();
    collect(&js.join("lib"), "", &mut files);
    let mut src = String::from("/// Builtin bridge modules: (name, source).\npub static MODULES: &[(&str, &str)] = &[\n");
    for (name, path) in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        src.push_str(&format!("    ({name:?}, include_str!({:?})),\n", path.display().to_string()));
    }
    src.push_str("];\n");
    let boot = js.join("bootstrap.js");
    println!("cargo:rerun-if-changed={}", boot.display());
    src.push_str(&format!(
        "/// The bootstrap script.\npub static BOOTSTRAP: &str = include_str!({:?});\n",
        boot.display().to_string()
    ));
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("bridge_files.rs");
    fs::write(&out, src).expect("write bridge_files.rs");
}
