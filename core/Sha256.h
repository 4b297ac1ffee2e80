// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>
#include <QString>

#include <memory>

namespace Core {

/**
 * Incremental SHA-256, the content address of media assets. Backed by OpenSSL's libcrypto,
 * which uses the CPU's SHA extensions: hashing is what bounds opening and exporting a course
 * with a gigabyte of video, and it runs four to five times faster than QCryptographicHash.
 */
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void addData(QByteArrayView data);
    /** The digest as 64 lowercase hex digits; the hash cannot be fed afterwards. */
    QString hexResult();

    /** The hex digest of data in one call. */
    static QString hex(QByteArrayView data);

private:
    struct Context;
    std::unique_ptr<Context> m_context;
};

} // namespace Core
