// SPDX-License-Identifier: MIT
#include "Sha256.h"

#include <QByteArray>

#include <openssl/evp.h>

namespace Core {

struct Sha256::Context
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    ~Context() { EVP_MD_CTX_free(ctx); }
};

Sha256::Sha256()
    : m_context(std::make_unique<Context>())
{
    // Only allocation can fail here; Q_CHECK_PTR reports it like any out-of-memory.
    Q_CHECK_PTR(m_context->ctx);
    EVP_DigestInit_ex(m_context->ctx, EVP_sha256(), nullptr);
}

Sha256::~Sha256() = default;

void Sha256::addData(QByteArrayView data)
{
    EVP_DigestUpdate(m_context->ctx, data.data(), size_t(data.size()));
}

QString Sha256::hexResult()
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_context->ctx, digest, &length);
    return QString::fromLatin1(
        QByteArray::fromRawData(reinterpret_cast<const char *>(digest), int(length)).toHex());
}

QString Sha256::hex(QByteArrayView data)
{
    Sha256 hash;
    hash.addData(data);
    return hash.hexResult();
}

} // namespace Core
