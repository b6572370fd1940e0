#pragma once

#include <QList>
#include <QtGlobal>

#include <algorithm>
#include <cstdint>

namespace entente {

// A random number generator whose every output follows from its seed on every platform:
// xoshiro256** seeded through splitmix64, with the distributions written out here rather than
// taken from <random>, whose distributions differ between standard libraries. The generator's
// catalogues are byte-for-byte reproducible because of it.
class SeededRandom
{
public:
    explicit SeededRandom(quint64 seed)
    {
        quint64 x = seed;
        for (quint64 &word : m_state)
            word = splitMix(x);
    }

    // An independent stream for part `stream` of the same seed (one per country, one for people):
    // what one part draws never shifts what another draws.
    SeededRandom fork(quint64 stream) const
    {
        quint64 x = m_state[0] ^ (stream * 0x9e3779b97f4a7c15ull);
        return SeededRandom(splitMix(x));
    }

    quint64 next()
    {
        const quint64 result = rotl(m_state[1] * 5, 7) * 9;
        const quint64 t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    // Uniform in [0, n), without modulo bias (Lemire's method); n > 0.
    quint64 below(quint64 n)
    {
        __uint128_t product = __uint128_t(next()) * n;
        quint64 low = quint64(product);
        if (low < n) {
            const quint64 threshold = (0 - n) % n;
            while (low < threshold) {
                product = __uint128_t(next()) * n;
                low = quint64(product);
            }
        }
        return quint64(product >> 64);
    }

    // Uniform in [low, high], both included.
    int between(int low, int high) { return low + int(below(quint64(high - low) + 1)); }

    // True with probability `perMille` / 1000: integers only, so no rounding differs anywhere.
    bool chance(int perMille) { return below(1000) < quint64(perMille); }

    template<typename T>
    const T &pick(const QList<T> &list)
    {
        return list.at(qsizetype(below(quint64(list.size()))));
    }

    template<typename T>
    void shuffle(QList<T> &list)
    {
        for (qsizetype i = list.size() - 1; i > 0; --i)
            std::swap(list[i], list[qsizetype(below(quint64(i) + 1))]);
    }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    static quint64 splitMix(quint64 &x)
    {
        quint64 z = (x += 0x9e3779b97f4a7c15ull);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
        return z ^ (z >> 31);
    }

    quint64 m_state[4];
};

} // namespace entente
