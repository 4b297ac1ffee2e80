// SPDX-License-Identifier: MIT
#include "ZipCrc32.h"

#include <zlib.h>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))                               \
    && !defined(CAPSULE_PORTABLE_IO)
#define CAPSULE_CRC32_FOLD 1
#include <immintrin.h>
#endif

namespace Core {

namespace {

quint32 zlibCrc32(quint32 crc, const uchar *data, qsizetype size)
{
    return quint32(crc32_z(crc, data, z_size_t(size)));
}

#ifdef CAPSULE_CRC32_FOLD
#define CAPSULE_CRC32_TARGET __attribute__((target("pclmul,sse4.1")))

inline __m128i load(const uchar *p)
{
    return _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
}

/** x·k (high halves) ⊕ x·k (low halves) ⊕ next: one fold of 128 bits, 512 or 128 ahead. */
CAPSULE_CRC32_TARGET inline __m128i fold(__m128i x, __m128i k, __m128i next)
{
    const __m128i low = _mm_clmulepi64_si128(x, k, 0x00);
    const __m128i high = _mm_clmulepi64_si128(x, k, 0x11);
    return _mm_xor_si128(_mm_xor_si128(high, low), next);
}

/**
 * Folds blocks of 64 bytes, then 16, then reduces to 32 bits (Barrett), as described in Intel's
 * "Fast CRC Computation for Generic Polynomials Using PCLMULQDQ Instruction" (2009), with the
 * bit-reflected constants of its appendix for the CRC-32 polynomial 0x04C11DB7. size is at
 * least 64 and a multiple of 16; crc is taken and returned inverted, as the paper has it.
 */
CAPSULE_CRC32_TARGET quint32 foldCrc32(quint32 crc, const uchar *data, qsizetype size)
{
    alignas(16) static const quint64 k1k2[] = {0x0154442bd4, 0x01c6e41596};
    alignas(16) static const quint64 k3k4[] = {0x01751997d0, 0x00ccaa009e};
    alignas(16) static const quint64 k5k0[] = {0x0163cd6124, 0x0000000000};
    alignas(16) static const quint64 poly[] = {0x01db710641, 0x01f7011641};
    __m128i x1 = _mm_xor_si128(load(data), _mm_cvtsi32_si128(int(crc)));
    __m128i x2 = load(data + 16);
    __m128i x3 = load(data + 32);
    __m128i x4 = load(data + 48);
    data += 64;
    size -= 64;

    __m128i k = _mm_load_si128(reinterpret_cast<const __m128i *>(k1k2));
    for (; size >= 64; data += 64, size -= 64) {
        x1 = fold(x1, k, load(data));
        x2 = fold(x2, k, load(data + 16));
        x3 = fold(x3, k, load(data + 32));
        x4 = fold(x4, k, load(data + 48));
    }

    k = _mm_load_si128(reinterpret_cast<const __m128i *>(k3k4));
    x1 = fold(x1, k, x2);
    x1 = fold(x1, k, x3);
    x1 = fold(x1, k, x4);
    for (; size >= 16; data += 16, size -= 16)
        x1 = fold(x1, k, load(data));

    // 128 bits to 64.
    const __m128i mask32 = _mm_setr_epi32(~0, 0, ~0, 0);
    x2 = _mm_clmulepi64_si128(x1, k, 0x10);
    x1 = _mm_xor_si128(_mm_srli_si128(x1, 8), x2);
    k = _mm_loadl_epi64(reinterpret_cast<const __m128i *>(k5k0));
    x2 = _mm_srli_si128(x1, 4);
    x1 = _mm_xor_si128(_mm_clmulepi64_si128(_mm_and_si128(x1, mask32), k, 0x00), x2);

    // Barrett reduction to 32 bits.
    k = _mm_load_si128(reinterpret_cast<const __m128i *>(poly));
    x2 = _mm_and_si128(x1, mask32);
    x2 = _mm_clmulepi64_si128(x2, k, 0x10);
    x2 = _mm_and_si128(x2, mask32);
    x2 = _mm_clmulepi64_si128(x2, k, 0x00);
    x1 = _mm_xor_si128(x1, x2);
    return quint32(_mm_extract_epi32(x1, 1));
}

bool canFold()
{
    static const bool supported
        = __builtin_cpu_supports("pclmul") && __builtin_cpu_supports("sse4.1");
    return supported;
}
#endif

} // namespace

quint32 ZipCrc32::update(quint32 crc, QByteArrayView data)
{
    auto bytes = reinterpret_cast<const uchar *>(data.data());
    qsizetype size = data.size();
#ifdef CAPSULE_CRC32_FOLD
    if (size >= 64 && canFold()) {
        const qsizetype folded = size & ~qsizetype(15);
        crc = ~foldCrc32(~crc, bytes, folded);
        bytes += folded;
        size -= folded;
    }
#endif
    return size == 0 ? crc : zlibCrc32(crc, bytes, size);
}

} // namespace Core
