#if canImport(Glibc)
import Glibc
#endif

/// Transparent huge pages for the token array of a long document.
///
/// A fresh array of tens of megabytes is new memory from the kernel, which maps it one 4 KiB page at a time
/// as the scanner first writes there: a 24 MB text's token array takes some 8,700 page faults per call.
/// Advised to use huge pages (2 MiB), the same array takes about twenty. Where the kernel offers none
/// (or the platform is not Linux), the advice does nothing.
enum HugePages {
    /// The size of a huge page on x86-64 and most arm64 kernels, in bytes.
    static let size = 2 << 20

    /// Advises the kernel to back the whole huge pages inside `buffer` with huge pages. Buffers smaller than
    /// two huge pages are left alone (they rarely hold a whole aligned one).
    static func advise(_ buffer: UnsafeMutableRawBufferPointer) {
        #if canImport(Glibc)
        guard buffer.count >= 2 * size, let base = buffer.baseAddress else { return }
        let first = (Int(bitPattern: base) + size - 1) & ~(size - 1)
        let end = (Int(bitPattern: base) + buffer.count) & ~(size - 1)
        guard end > first, let start = UnsafeMutableRawPointer(bitPattern: first) else { return }
        _ = madvise(start, end - first, MADV_HUGEPAGE)  // advice only: a refusal changes nothing but speed
        #endif
    }
}
