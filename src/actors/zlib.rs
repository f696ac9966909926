//! Compression engines for the `zlib` module: deflate/inflate in their zlib, gzip and raw
//! framings (zlib-rs, a Rust port of zlib) and brotli (the `brotli` crate, a Rust port of Google's
//! brotli). Answered on the calling process's thread, so the CPU time counts against its limit.
//!
//! One [`Engine`] is one stream. `zlib.process` runs a throw-away engine over a whole buffer;
//! `zlib.open`/`zlib.write`/`zlib.close` keep engines in a per-process table ([`ProcStreams`])
//! that the kernel drops when the process is reaped. Output is bounded per call: an engine keeps
//! input it has not consumed yet and hands out at most `max_out` bytes per call, with `more`
//! telling the caller to call again.

use std::collections::HashMap;
use std::ffi::CStr;
use std::sync::{Arc, Mutex};

use brotli::enc::encode::{BrotliEncoderOperation, BrotliEncoderParameter};
use brotli::enc::StandardAlloc;
use brotli::{BrotliResult, BrotliState};
use libz_rs_sys as z;
use slotmap::{DefaultKey, Key, KeyData, SlotMap};

use crate::syscalls::{Errno, SysError, ZlibError, ZlibOptions, ZlibOut};

/// Node's mode numbers (`zlib.constants.DEFLATE` …).
pub const DEFLATE: u8 = 1;
pub const INFLATE: u8 = 2;
pub const GZIP: u8 = 3;
pub const GUNZIP: u8 = 4;
pub const DEFLATERAW: u8 = 5;
pub const INFLATERAW: u8 = 6;
pub const UNZIP: u8 = 7;
pub const BROTLI_DECODE: u8 = 8;
pub const BROTLI_ENCODE: u8 = 9;

/// Zlib flush values.
pub const Z_NO_FLUSH: i32 = 0;
pub const Z_FINISH: i32 = 4;

/// At most this many open streams per process.
pub const MAX_STREAMS: usize = 1024;
/// At most this many output bytes in one reply.
pub const MAX_OUT_PER_CALL: u64 = 64 << 20;

const BUF: usize = 64 * 1024;

/// A failure of the engine itself (not a data error, which is part of the reply).
#[derive(Debug, thiserror::Error)]
pub enum EngineError {
    #[error("unknown zlib mode {0}")]
    Mode(u8),
    #[error("zlib initialisation failed ({0})")]
    Init(i32),
    #[error("Initialization failed")]
    BrotliInit,
}

impl EngineError {
    pub fn into_sys(self, syscall: &str) -> SysError {
        SysError::new(Errno::EINVAL, syscall).with_detail(self.to_string())
    }
}

fn zerr(message: &str, errno: i32) -> ZlibError {
    let code = match errno {
        1 => "Z_STREAM_END",
        2 => "Z_NEED_DICT",
        -1 => "Z_ERRNO",
        -2 => "Z_STREAM_ERROR",
        -3 => "Z_DATA_ERROR",
        -4 => "Z_MEM_ERROR",
        -5 => "Z_BUF_ERROR",
        -6 => "Z_VERSION_ERROR",
        _ => "Z_UNKNOWN_ERROR",
    };
    ZlibError {
        message: message.to_string(),
        code: code.to_string(),
        errno,
    }
}

/// Node's code for a brotli decoder error: `ERR_` + the C name without `BROTLI_DECODER`.
fn brotli_decode_error(code: i32) -> ZlibError {
    let name = match code {
        -1 => "_ERROR_FORMAT_EXUBERANT_NIBBLE",
        -2 => "_ERROR_FORMAT_RESERVED",
        -3 => "_ERROR_FORMAT_EXUBERANT_META_NIBBLE",
        -4 => "_ERROR_FORMAT_SIMPLE_HUFFMAN_ALPHABET",
        -5 => "_ERROR_FORMAT_SIMPLE_HUFFMAN_SAME",
        -6 => "_ERROR_FORMAT_CL_SPACE",
        -7 => "_ERROR_FORMAT_HUFFMAN_SPACE",
        -8 => "_ERROR_FORMAT_CONTEXT_MAP_REPEAT",
        -9 => "_ERROR_FORMAT_BLOCK_LENGTH_1",
        -10 => "_ERROR_FORMAT_BLOCK_LENGTH_2",
        -11 => "_ERROR_FORMAT_TRANSFORM",
        -12 => "_ERROR_FORMAT_DICTIONARY",
        -13 => "_ERROR_FORMAT_WINDOW_BITS",
        -14 => "_ERROR_FORMAT_PADDING_1",
        -15 => "_ERROR_FORMAT_PADDING_2",
        -16 => "_ERROR_FORMAT_DISTANCE",
        -19 => "_ERROR_DICTIONARY_NOT_SET",
        -20 => "_ERROR_INVALID_ARGUMENTS",
        -21 => "_ERROR_ALLOC_CONTEXT_MODES",
        -22 => "_ERROR_ALLOC_TREE_GROUPS",
        -25 => "_ERROR_ALLOC_CONTEXT_MAP",
        -26 => "_ERROR_ALLOC_RING_BUFFER_1",
        -27 => "_ERROR_ALLOC_RING_BUFFER_2",
        -30 => "_ERROR_ALLOC_BLOCK_TYPE_TREES",
        _ => "_ERROR_UNREACHABLE",
    };
    ZlibError {
        message: "Decompression failed".into(),
        code: format!("ERR_{name}"),
        errno: code,
    }
}

/// A zlib stream. The `z_stream` is boxed because zlib keeps a pointer back to it.
struct ZStream {
    strm: Box<z::z_stream>,
    deflate: bool,
}

// SAFETY: the stream and the state it points to are owned by this value alone and only used
// through `&mut self`; nothing in them is tied to a thread.
unsafe impl Send for ZStream {}

impl Drop for ZStream {
    fn drop(&mut self) {
        // SAFETY: the stream was initialised by deflateInit2_/inflateInit2_ (see `new`).
        unsafe {
            if self.deflate {
                z::deflateEnd(&mut *self.strm);
            } else {
                z::inflateEnd(&mut *self.strm);
            }
        }
    }
}

impl ZStream {
    fn new(deflate: bool, o: &ZlibOptions, window_bits: i32) -> Result<ZStream, EngineError> {
        let mut strm = Box::new(z::z_stream::default());
        let size = std::mem::size_of::<z::z_stream>() as i32;
        // SAFETY: `strm` is a fresh default stream (allocators set); the version string is
        // zlib-rs's own.
        let r = unsafe {
            if deflate {
                z::deflateInit2_(
                    &mut *strm,
                    o.level,
                    8,
                    window_bits,
                    o.mem_level,
                    o.strategy,
                    z::zlibVersion(),
                    size,
                )
            } else {
                z::inflateInit2_(&mut *strm, window_bits, z::zlibVersion(), size)
            }
        };
        if r != z::Z_OK {
            return Err(EngineError::Init(r));
        }
        Ok(ZStream { strm, deflate })
    }

    fn msg(&self, fallback: &str) -> String {
        if self.strm.msg.is_null() {
            return fallback.to_string();
        }
        // SAFETY: zlib sets `msg` to a static NUL-terminated string.
        unsafe { CStr::from_ptr(self.strm.msg) }
            .to_string_lossy()
            .into_owned()
    }
}

type Decoder = BrotliState<StandardAlloc, StandardAlloc, StandardAlloc>;
type Encoder = brotli::enc::encode::BrotliEncoderStateStruct<StandardAlloc>;

enum Inner {
    Zlib(ZStream),
    BrotliEnc(Box<Encoder>),
    BrotliDec(Box<Decoder>),
}

/// One compression or decompression stream.
pub struct Engine {
    mode: u8,
    opts: ZlibOptions,
    inner: Inner,
    /// Input not consumed yet, from `pos`.
    input: Vec<u8>,
    pos: usize,
    /// The flush of the write whose input is still pending.
    flush: i32,
    ended: bool,
    /// For `Unzip`: whether the data began with the gzip magic (decided on the first byte).
    unzip_gzip: Option<bool>,
}

fn window_bits(mode: u8, wb: i32) -> i32 {
    match mode {
        GZIP | GUNZIP => wb + 16,
        UNZIP => wb + 32,
        DEFLATERAW | INFLATERAW => -wb,
        _ => wb,
    }
}

impl Engine {
    pub fn new(mode: u8, opts: ZlibOptions) -> Result<Engine, EngineError> {
        let inner = Self::make(mode, &opts)?;
        Ok(Engine {
            mode,
            opts,
            inner,
            input: Vec::new(),
            pos: 0,
            flush: Z_NO_FLUSH,
            ended: false,
            unzip_gzip: None,
        })
    }

    fn make(mode: u8, o: &ZlibOptions) -> Result<Inner, EngineError> {
        Ok(match mode {
            DEFLATE | GZIP | DEFLATERAW => {
                let mut s = ZStream::new(true, o, window_bits(mode, o.window_bits))?;
                if let (Some(d), true) = (&o.dictionary, mode != GZIP) {
                    // SAFETY: an initialised deflate stream and a live slice.
                    let r = unsafe {
                        z::deflateSetDictionary(&mut *s.strm, d.as_ptr(), d.len() as u32)
                    };
                    if r != z::Z_OK {
                        return Err(EngineError::Init(r));
                    }
                }
                Inner::Zlib(s)
            }
            INFLATE | GUNZIP | INFLATERAW | UNZIP => {
                let mut s = ZStream::new(false, o, window_bits(mode, o.window_bits))?;
                if let (Some(d), INFLATERAW) = (&o.dictionary, mode) {
                    // SAFETY: an initialised inflate stream and a live slice.
                    let r = unsafe {
                        z::inflateSetDictionary(&mut *s.strm, d.as_ptr(), d.len() as u32)
                    };
                    if r != z::Z_OK {
                        return Err(EngineError::Init(r));
                    }
                }
                Inner::Zlib(s)
            }
            BROTLI_ENCODE => {
                let mut e = Box::new(Encoder::new(StandardAlloc::default()));
                for &(k, v) in &o.brotli {
                    let p = match k {
                        0 => BrotliEncoderParameter::BROTLI_PARAM_MODE,
                        1 => BrotliEncoderParameter::BROTLI_PARAM_QUALITY,
                        2 => BrotliEncoderParameter::BROTLI_PARAM_LGWIN,
                        3 => BrotliEncoderParameter::BROTLI_PARAM_LGBLOCK,
                        4 => BrotliEncoderParameter::BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING,
                        5 => BrotliEncoderParameter::BROTLI_PARAM_SIZE_HINT,
                        6 => BrotliEncoderParameter::BROTLI_PARAM_LARGE_WINDOW,
                        // NPOSTFIX / NDIRECT: not settable in this port; the encoder chooses.
                        _ => continue,
                    };
                    if !e.set_parameter(p, v) {
                        return Err(EngineError::BrotliInit);
                    }
                }
                Inner::BrotliEnc(e)
            }
            BROTLI_DECODE => {
                let mut d = Box::new(Decoder::new(
                    StandardAlloc::default(),
                    StandardAlloc::default(),
                    StandardAlloc::default(),
                ));
                for &(k, v) in &o.brotli {
                    if k == 1 {
                        d.large_window = v != 0;
                    }
                }
                Inner::BrotliDec(d)
            }
            m => return Err(EngineError::Mode(m)),
        })
    }

    /// Start over with the same options (`.reset()`).
    pub fn reset(&mut self) -> Result<(), EngineError> {
        self.inner = Self::make(self.mode, &self.opts)?;
        self.input.clear();
        self.pos = 0;
        self.ended = false;
        self.unzip_gzip = None;
        Ok(())
    }

    /// `deflateParams` (`.params()`): only for deflate streams; others ignore it. zlib may
    /// finish the current block first; that output is returned.
    pub fn params(&mut self, level: i32, strategy: i32) -> Result<Vec<u8>, ZlibError> {
        let mut out = Vec::new();
        if let Inner::Zlib(s) = &mut self.inner {
            if s.deflate {
                loop {
                    let start = out.len();
                    out.resize(start + BUF, 0);
                    s.strm.next_in = [].as_ptr();
                    s.strm.avail_in = 0;
                    s.strm.next_out = out[start..].as_mut_ptr();
                    s.strm.avail_out = BUF as u32;
                    // SAFETY: an initialised deflate stream; next_out points at BUF writable
                    // bytes of `out` for the duration of the call.
                    let r = unsafe { z::deflateParams(&mut *s.strm, level, strategy) };
                    let produced = BUF - s.strm.avail_out as usize;
                    out.truncate(start + produced);
                    s.strm.next_out = std::ptr::null_mut();
                    s.strm.next_in = std::ptr::null();
                    if r == z::Z_BUF_ERROR && produced == BUF {
                        continue;
                    }
                    if r != z::Z_OK && r != z::Z_BUF_ERROR {
                        return Err(zerr("Failed to set parameters", r));
                    }
                    break;
                }
                self.opts.level = level;
                self.opts.strategy = strategy;
            }
        }
        Ok(out)
    }

    /// Feed `data` with `flush` and collect up to `max_out` bytes of output. With `more` set
    /// in the reply, call again with no data to continue the same write.
    pub fn write(&mut self, data: &[u8], flush: i32, max_out: u64) -> ZlibOut {
        if !data.is_empty() || self.pos >= self.input.len() {
            if self.pos >= self.input.len() {
                self.input.clear();
                self.pos = 0;
            }
            self.input.extend_from_slice(data);
            self.flush = flush;
        }
        if self.unzip_gzip.is_none() {
            if let Some(&b) = self.input.get(self.pos) {
                self.unzip_gzip = Some(b == 0x1f);
            }
        }
        let max_out = max_out.clamp(1, MAX_OUT_PER_CALL) as usize;
        let mut out = Vec::new();
        let r = match self.inner {
            Inner::Zlib(_) => self.run_zlib(&mut out, max_out),
            Inner::BrotliEnc(_) => self.run_brotli_enc(&mut out, max_out),
            Inner::BrotliDec(_) => self.run_brotli_dec(&mut out, max_out),
        };
        let (more, error) = match r {
            Ok(more) => (more, None),
            Err(e) => (false, Some(e)),
        };
        if !more {
            self.input.clear();
            self.pos = 0;
        }
        ZlibOut {
            data: out,
            more,
            ended: self.ended,
            error,
        }
    }

    fn run_zlib(&mut self, out: &mut Vec<u8>, max_out: usize) -> Result<bool, ZlibError> {
        let Inner::Zlib(s) = &mut self.inner else {
            return Ok(false);
        };
        let flush = self.flush;
        loop {
            if self.ended && !s.deflate {
                // Input after the end of the stream is ignored (as Node does).
                return Ok(false);
            }
            if out.len() >= max_out {
                return Ok(true);
            }
            let room = BUF.min(max_out - out.len());
            let start = out.len();
            out.resize(start + room, 0);
            let rest = &self.input[self.pos..];
            s.strm.next_in = rest.as_ptr();
            s.strm.avail_in = rest.len().min(u32::MAX as usize) as u32;
            s.strm.next_out = out[start..].as_mut_ptr();
            s.strm.avail_out = room as u32;
            let avail_in = s.strm.avail_in;
            // SAFETY: next_in/next_out point into live buffers of the stated lengths for the
            // duration of the call; the stream was initialised in `new`.
            let mut r = unsafe {
                if s.deflate {
                    z::deflate(&mut *s.strm, flush)
                } else {
                    z::inflate(&mut *s.strm, flush)
                }
            };
            let produced = room - s.strm.avail_out as usize;
            out.truncate(start + produced);
            self.pos += (avail_in - s.strm.avail_in) as usize;
            let out_full = s.strm.avail_out == 0;
            s.strm.next_in = std::ptr::null();
            s.strm.next_out = std::ptr::null_mut();
            if r == z::Z_NEED_DICT && !s.deflate {
                match &self.opts.dictionary {
                    None => return Err(zerr("Missing dictionary", z::Z_NEED_DICT)),
                    Some(d) => {
                        // SAFETY: an initialised inflate stream and a live slice.
                        let set = unsafe {
                            z::inflateSetDictionary(&mut *s.strm, d.as_ptr(), d.len() as u32)
                        };
                        if set != z::Z_OK {
                            return Err(zerr("Bad dictionary", z::Z_NEED_DICT));
                        }
                        continue;
                    }
                }
            }
            if r == z::Z_STREAM_END {
                if s.deflate {
                    self.ended = true;
                    return Ok(false);
                }
                // Another gzip member may follow; trailing zero bytes are padding.
                let next = self.input.get(self.pos).copied();
                let gzip =
                    self.mode == GUNZIP || (self.mode == UNZIP && self.unzip_gzip == Some(true));
                if gzip && next.is_some_and(|b| b != 0) {
                    // SAFETY: an initialised inflate stream.
                    r = unsafe { z::inflateReset(&mut *s.strm) };
                    if r != z::Z_OK {
                        return Err(zerr(&s.msg("zlib error"), r));
                    }
                    continue;
                }
                self.ended = true;
                return Ok(false);
            }
            if r == z::Z_BUF_ERROR {
                if out_full {
                    continue;
                }
                if flush == Z_FINISH && !s.deflate {
                    return Err(zerr("unexpected end of file", z::Z_BUF_ERROR));
                }
                return Ok(false);
            }
            if r != z::Z_OK {
                let fallback = match r {
                    z::Z_MEM_ERROR => "insufficient memory",
                    z::Z_STREAM_ERROR => "stream error",
                    _ => "zlib error",
                };
                return Err(zerr(&s.msg(fallback), r));
            }
            if !out_full && self.pos >= self.input.len() {
                if flush == Z_FINISH && !s.deflate {
                    // Z_OK with all input used and room left: the stream is cut short.
                    return Err(zerr("unexpected end of file", z::Z_BUF_ERROR));
                }
                return Ok(false);
            }
        }
    }

    fn run_brotli_enc(&mut self, out: &mut Vec<u8>, max_out: usize) -> Result<bool, ZlibError> {
        let Inner::BrotliEnc(e) = &mut self.inner else {
            return Ok(false);
        };
        let op = match self.flush {
            1 => BrotliEncoderOperation::BROTLI_OPERATION_FLUSH,
            2 => BrotliEncoderOperation::BROTLI_OPERATION_FINISH,
            3 => BrotliEncoderOperation::BROTLI_OPERATION_EMIT_METADATA,
            _ => BrotliEncoderOperation::BROTLI_OPERATION_PROCESS,
        };
        loop {
            if self.ended {
                return Ok(false);
            }
            if out.len() >= max_out {
                return Ok(true);
            }
            let room = BUF.min(max_out - out.len());
            let start = out.len();
            out.resize(start + room, 0);
            let mut avail_in = self.input.len() - self.pos;
            let mut in_off = self.pos;
            let mut avail_out = room;
            let mut out_off = start;
            let mut total = None;
            let ok = e.compress_stream(
                op,
                &mut avail_in,
                &self.input,
                &mut in_off,
                &mut avail_out,
                out,
                &mut out_off,
                &mut total,
                &mut |_, _, _, _| (),
            );
            out.truncate(out_off);
            self.pos = in_off;
            if !ok {
                return Err(ZlibError {
                    message: "Compression failed".into(),
                    code: "ERR_BROTLI_COMPRESSION_FAILED".into(),
                    errno: -1,
                });
            }
            if matches!(op, BrotliEncoderOperation::BROTLI_OPERATION_FINISH) && e.is_finished() {
                self.ended = true;
                return Ok(false);
            }
            if avail_in == 0 && !e.has_more_output() && avail_out > 0 {
                return Ok(false);
            }
        }
    }

    fn run_brotli_dec(&mut self, out: &mut Vec<u8>, max_out: usize) -> Result<bool, ZlibError> {
        let Inner::BrotliDec(d) = &mut self.inner else {
            return Ok(false);
        };
        loop {
            if self.ended {
                return Ok(false);
            }
            if out.len() >= max_out {
                return Ok(true);
            }
            let room = BUF.min(max_out - out.len());
            let start = out.len();
            out.resize(start + room, 0);
            let mut avail_in = self.input.len() - self.pos;
            let mut in_off = self.pos;
            let mut avail_out = room;
            let mut out_off = start;
            let mut total = 0usize;
            let r = brotli::BrotliDecompressStream(
                &mut avail_in,
                &mut in_off,
                &self.input,
                &mut avail_out,
                &mut out_off,
                out,
                &mut total,
                d,
            );
            out.truncate(out_off);
            self.pos = in_off;
            match r {
                BrotliResult::ResultSuccess => {
                    self.ended = true;
                    return Ok(false);
                }
                BrotliResult::NeedsMoreOutput => continue,
                BrotliResult::NeedsMoreInput => {
                    if self.flush == 2 || self.flush == Z_FINISH {
                        return Err(zerr("unexpected end of file", z::Z_BUF_ERROR));
                    }
                    return Ok(false);
                }
                BrotliResult::ResultFailure => {
                    return Err(brotli_decode_error(d.error_code as i32));
                }
            }
        }
    }
}

/// Whole-buffer compression (`zlib.process`). Output past `max_out` is reported as `more`.
pub fn process(
    mode: u8,
    opts: ZlibOptions,
    data: &[u8],
    flush: i32,
    max_out: u64,
) -> Result<ZlibOut, EngineError> {
    let mut e = Engine::new(mode, opts)?;
    Ok(e.write(data, flush, max_out))
}

/// One process's open streams (its own lock, so processes do not wait on each other).
type Table = Arc<Mutex<SlotMap<DefaultKey, Engine>>>;

/// The open streams of every process.
#[derive(Default)]
pub struct Streams {
    by_pid: Mutex<HashMap<u32, Table>>,
}

impl Streams {
    fn table(&self, pid: u32) -> Table {
        let mut m = match self.by_pid.lock() {
            Ok(m) => m,
            Err(p) => p.into_inner(),
        };
        m.entry(pid).or_default().clone()
    }

    fn with<T>(&self, pid: u32, f: impl FnOnce(&mut SlotMap<DefaultKey, Engine>) -> T) -> T {
        let t = self.table(pid);
        let mut g = match t.lock() {
            Ok(g) => g,
            Err(p) => p.into_inner(),
        };
        f(&mut g)
    }

    pub fn open(&self, pid: u32, mode: u8, opts: ZlibOptions) -> Result<u64, SysError> {
        let e = Engine::new(mode, opts).map_err(|e| e.into_sys("zlib"))?;
        self.with(pid, |t| {
            if t.len() >= MAX_STREAMS {
                return Err(SysError::new(Errno::EMFILE, "zlib").with_detail(format!(
                    "too many open zlib streams (at most {MAX_STREAMS})"
                )));
            }
            Ok(t.insert(e).data().as_ffi())
        })
    }

    fn get<T>(
        &self,
        pid: u32,
        handle: u64,
        f: impl FnOnce(&mut Engine) -> Result<T, SysError>,
    ) -> Result<T, SysError> {
        self.with(pid, |t| match t.get_mut(KeyData::from_ffi(handle).into()) {
            Some(e) => f(e),
            None => Err(SysError::new(Errno::EBADF, "zlib").with_detail("zlib stream is closed")),
        })
    }

    pub fn write(
        &self,
        pid: u32,
        handle: u64,
        data: &[u8],
        flush: i32,
        max_out: u64,
    ) -> Result<ZlibOut, SysError> {
        self.get(pid, handle, |e| Ok(e.write(data, flush, max_out)))
    }

    pub fn params(
        &self,
        pid: u32,
        handle: u64,
        level: i32,
        strategy: i32,
    ) -> Result<ZlibOut, SysError> {
        self.get(pid, handle, |e| {
            Ok(match e.params(level, strategy) {
                Ok(data) => ZlibOut {
                    data,
                    more: false,
                    ended: false,
                    error: None,
                },
                Err(err) => ZlibOut {
                    data: Vec::new(),
                    more: false,
                    ended: false,
                    error: Some(err),
                },
            })
        })
    }

    pub fn reset(&self, pid: u32, handle: u64) -> Result<(), SysError> {
        self.get(pid, handle, |e| e.reset().map_err(|e| e.into_sys("zlib")))
    }

    pub fn close(&self, pid: u32, handle: u64) {
        self.with(pid, |t| t.remove(KeyData::from_ffi(handle).into()));
    }

    /// Drop every stream of an ended process.
    pub fn reap(&self, pid: u32) {
        let mut m = match self.by_pid.lock() {
            Ok(m) => m,
            Err(p) => p.into_inner(),
        };
        m.remove(&pid);
    }

    /// Open streams of `pid` (tests).
    pub fn count(&self, pid: u32) -> usize {
        self.with(pid, |t| t.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts() -> ZlibOptions {
        ZlibOptions::default()
    }

    fn all(mode: u8, o: ZlibOptions, data: &[u8]) -> ZlibOut {
        let fin = if mode >= BROTLI_DECODE { 2 } else { Z_FINISH };
        process(mode, o, data, fin, 1 << 30).unwrap()
    }

    #[test]
    fn round_trips_every_kind() {
        let data: Vec<u8> = (0..100_000u32).map(|i| (i * 7 % 251) as u8).collect();
        for (c, d) in [
            (DEFLATE, INFLATE),
            (GZIP, GUNZIP),
            (DEFLATERAW, INFLATERAW),
            (GZIP, UNZIP),
            (DEFLATE, UNZIP),
            (BROTLI_ENCODE, BROTLI_DECODE),
        ] {
            let z = all(c, opts(), &data);
            assert!(z.error.is_none() && z.ended, "{c}");
            let back = all(d, opts(), &z.data);
            assert!(back.error.is_none(), "{d}: {:?}", back.error);
            assert_eq!(back.data, data, "{c} -> {d}");
        }
    }

    #[test]
    fn node_bytes_for_small_inputs() {
        // Node 22: zlib.deflateSync('hello world') and zlib.gzipSync('hello world').
        let z = all(DEFLATE, opts(), b"hello world");
        assert_eq!(hex(&z.data), "789ccb48cdc9c95728cf2fca4901001a0b045d");
        let g = all(GZIP, opts(), b"hello world");
        assert_eq!(
            hex(&g.data),
            "1f8b0800000000000003cb48cdc9c95728cf2fca49010085114a0d0b000000"
        );
    }

    fn hex(b: &[u8]) -> String {
        b.iter().map(|x| format!("{x:02x}")).collect()
    }

    #[test]
    fn data_errors_are_node_shaped() {
        let e = all(INFLATE, opts(), b"garbage here").error.unwrap();
        assert_eq!(
            (e.message.as_str(), e.code.as_str(), e.errno),
            ("incorrect header check", "Z_DATA_ERROR", -3)
        );
        let g = all(GZIP, opts(), b"hello world").data;
        let e = all(GUNZIP, opts(), &g[..10]).error.unwrap();
        assert_eq!(
            (e.message.as_str(), e.errno),
            ("unexpected end of file", -5)
        );
        let e = all(BROTLI_DECODE, opts(), b"garbage here!").error.unwrap();
        // C brotli stops at PADDING_1 (-14) here, this port one check later at PADDING_2.
        assert_eq!(e.message, "Decompression failed");
        assert!(e.code.starts_with("ERR__ERROR_FORMAT_PADDING_") && e.errno < 0);
    }

    #[test]
    fn gzip_members_concatenate() {
        let g = all(GZIP, opts(), b"ab").data;
        let mut two = g.clone();
        two.extend_from_slice(&g);
        assert_eq!(all(GUNZIP, opts(), &two).data, b"abab");
        let mut padded = g.clone();
        padded.extend_from_slice(&[0, 0]);
        assert_eq!(all(GUNZIP, opts(), &padded).data, b"ab");
    }

    #[test]
    fn dictionary() {
        let mut o = opts();
        o.dictionary = Some(b"hello hello".to_vec());
        let z = all(DEFLATE, o.clone(), b"hello hello hello");
        let e = all(INFLATE, opts(), &z.data).error.unwrap();
        assert_eq!((e.message.as_str(), e.errno), ("Missing dictionary", 2));
        assert_eq!(all(INFLATE, o, &z.data).data, b"hello hello hello");
    }

    #[test]
    fn output_is_bounded_per_call() {
        // A bomb: 64 MiB of zeros compresses to ~64 KiB.
        let mut e = Engine::new(DEFLATE, opts()).unwrap();
        let zeros = vec![0u8; 1 << 20];
        let mut comp = Vec::new();
        for _ in 0..64 {
            comp.extend(e.write(&zeros, Z_NO_FLUSH, 1 << 30).data);
        }
        comp.extend(e.write(&[], Z_FINISH, 1 << 30).data);
        assert!(comp.len() < 200_000);
        let mut d = Engine::new(INFLATE, opts()).unwrap();
        let first = d.write(&comp, Z_FINISH, 1 << 20);
        assert!(first.more && first.data.len() == 1 << 20);
        let mut total = first.data.len();
        loop {
            let o = d.write(&[], Z_FINISH, 1 << 20);
            assert!(o.data.len() <= 1 << 20 && o.error.is_none());
            total += o.data.len();
            if !o.more {
                break;
            }
        }
        assert_eq!(total, 64 << 20);
    }

    #[test]
    fn streams_are_per_process_and_reaped() {
        let s = Streams::default();
        let h = s.open(7, GZIP, opts()).unwrap();
        assert!(s.write(8, h, b"x", 0, 100).is_err());
        let o = s.write(7, h, b"abc", Z_FINISH, 1 << 20).unwrap();
        assert!(o.ended && o.error.is_none());
        assert_eq!(s.count(7), 1);
        s.reap(7);
        assert_eq!(s.count(7), 0);
        assert!(s.write(7, h, b"x", 0, 100).is_err());
    }
}
