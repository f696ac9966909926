//! Bundles `js/` into the binary: generates `$OUT_DIR/bridge_files.rs`, a table of
//! (module name, source) pairs, and evaluates them into a V8 startup snapshot
//! (`$OUT_DIR/snapshot.bin`) so that a new sandbox deserialises the bridge instead of parsing it.
//! A bridge that throws while it is evaluated fails the build.

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
    let root =
        PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let js = root.join("js");
    println!("cargo:rerun-if-changed=js");
    let mut files = Vec::new();
    collect(&js.join("lib"), "", &mut files);
    let mut src = String::from(
        "/// Builtin bridge modules: (name, source).\npub static MODULES: &[(&str, &str)] = &[\n",
    );
    for (name, path) in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        src.push_str(&format!(
            "    ({name:?}, include_str!({:?})),\n",
            path.display().to_string()
        ));
    }
    src.push_str("];\n");
    let boot = js.join("bootstrap.js");
    println!("cargo:rerun-if-changed={}", boot.display());
    src.push_str(&format!(
        "/// The bootstrap script.\npub static BOOTSTRAP: &str = include_str!({:?});\n",
        boot.display().to_string()
    ));
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    fs::write(out_dir.join("bridge_files.rs"), src).expect("write bridge_files.rs");

    // The snapshot, from the same sources.
    let mut modules_src = Vec::new();
    for (name, path) in &files {
        modules_src.push((
            name.clone(),
            fs::read_to_string(path).expect("read bridge module"),
        ));
    }
    let bootstrap = fs::read_to_string(&boot).expect("read bootstrap.js");
    let modules: Vec<(&str, &str)> = modules_src
        .iter()
        .map(|(n, s)| (n.as_str(), s.as_str()))
        .collect();
    let platform = v8::new_default_platform(0, false).make_shared();
    v8::V8::initialize_platform(platform);
    v8::V8::initialize();
    let natives: Vec<v8::FunctionCallback> = PLACEHOLDERS.to_vec();
    let refs: Vec<v8::ExternalReference> = natives
        .iter()
        .map(|f| v8::ExternalReference { function: *f })
        .collect();
    let refs: &'static [v8::ExternalReference] = Box::leak(refs.into_boxed_slice());
    let (blob, hooks_index) = match make_snapshot(
        std::borrow::Cow::Borrowed(refs),
        &natives,
        &modules,
        &bootstrap,
    ) {
        Ok(r) => r,
        Err(e) => panic!("the bridge (js/) failed while building the startup snapshot: {e}"),
    };
    let bin = out_dir.join("snapshot.bin");
    fs::write(&bin, &blob).expect("write snapshot.bin");
    fs::write(
        out_dir.join("snapshot_info.rs"),
        format!(
            "/// The startup snapshot made by build.rs and the hooks object's context-data index.\npub static SNAPSHOT: Option<(&[u8], usize)> = Some((include_bytes!({:?}), {hooks_index}));\n",
            bin.display().to_string()
        ),
    )
    .expect("write snapshot_info.rs");
}

// Stand-ins for the natives while the snapshot is made: only their positions in the external
// reference table are recorded, and the runtime puts its real functions at the same positions.
// Each one must have its own address, hence the distinct bodies.
macro_rules! placeholders {
    ($($name:ident = $n:expr),*) => {
        $(unsafe extern "C" fn $name(_: *const v8::FunctionCallbackInfo) { std::hint::black_box($n); })*
        const PLACEHOLDERS: [v8::FunctionCallback; NATIVE_NAMES.len()] = [$($name),*];
    };
}
placeholders!(
    p0 = 0u8,
    p1 = 1u8,
    p2 = 2u8,
    p3 = 3u8,
    p4 = 4u8,
    p5 = 5u8,
    p6 = 6u8,
    p7 = 7u8,
    p8 = 8u8,
    p9 = 9u8,
    p10 = 10u8,
    p11 = 11u8,
    p12 = 12u8,
    p13 = 13u8,
    p14 = 14u8,
    p15 = 15u8
);

include!("src/isolate/snapshot_shared.rs");
