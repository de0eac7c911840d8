#include "series.h"

#include <algorithm>

namespace ipcscope {

namespace {

// A sparse histogram entry: the bucket above, the count below. A bucket
// index fits in 10 bits (kLatencyBuckets < 1024); 54 bits count more
// messages than a run can send.
constexpr int kCountBits = 54;
constexpr quint64 kCountMask = (quint64(1) << kCountBits) - 1;
static_assert(kLatencyBuckets < (1 << (64 - kCountBits)));

QVector<quint64> sparse(const LatencyCounts &counts)
{
    QVector<quint64> out;
    for (int b = 0; b < kLatencyBuckets; ++b)
        if (counts[b])
            out.append((quint64(b) << kCountBits) | counts[b]);
    return out;
}

void addTo(LatencyCounts &counts, const QVector<quint64> &entries)
{
    for (quint64 e : entries)
        counts[e >> kCountBits] += e & kCountMask;
}

QVector<quint64> merged(const QVector<quint64> &a, const QVector<quint64> &b)
{
    QVector<quint64> out;
    out.reserve(std::max(a.size(), b.size()));
    auto i = a.begin();
    auto j = b.begin();
    while (i != a.end() || j != b.end()) {
        if (j == b.end() || (i != a.end() && (*i >> kCountBits) < (*j >> kCountBits)))
            out.append(*i++);
        else if (i == a.end() || (*j >> kCountBits) < (*i >> kCountBits))
            out.append(*j++);
        else
            out.append(*i++ + (*j++ & kCountMask)); // the same bucket: counts add
    }
    return out;
}

} // namespace

RunSeries::RunSeries(Limits limits) : m_limits(limits)
{
    m_limits.recent = std::max(m_limits.recent, 1);
    m_limits.batch = std::max(m_limits.batch, 1);
    m_limits.history = std::max(m_limits.history, 1);
}

void RunSeries::setWorkers(const QStringList &names, int producers)
{
    m_names = names;
    m_producers = producers;
}

void RunSeries::addWorker(const QString &name, bool producer)
{
    const int at = producer ? m_producers : int(m_names.size());
    const int n = workers();
    // Each window holds messages per worker, then bytes per worker: the
    // bytes' column first, so that the messages' insert does not move it.
    for (Stored &s : m_windows) {
        s.counts.insert(n + at, 0);
        s.counts.insert(at, 0);
    }
    m_names.insert(at, name);
    if (producer)
        ++m_producers;
    ++m_revision;
}

RunSeries::Stored RunSeries::store(const SeriesCounts &window)
{
    Stored s;
    s.startS = window.startS;
    s.endS = std::max(window.endS, window.startS);
    s.heldS = heldWithin(s.startS, s.endS);
    const int n = workers();
    s.counts.fill(0, 2 * n);
    for (int w = 0; w < n; ++w) {
        s.counts[w] = w < window.messages.size() ? window.messages[w] : 0;
        s.counts[n + w] = w < window.bytes.size() ? window.bytes[w] : 0;
    }
    s.latency = sparse(window.latency);
    s.range = window.latencyRange;
    return s;
}

void RunSeries::absorb(Stored &into, const Stored &next)
{
    into.endS = next.endS;
    into.heldS += next.heldS;
    for (int k = 0; k < into.counts.size() && k < next.counts.size(); ++k)
        into.counts[k] += next.counts[k];
    into.latency = merged(into.latency, next.latency);
    into.range = {std::min(into.range.minNs, next.range.minNs), std::max(into.range.maxNs, next.range.maxNs)};
}

void RunSeries::append(const SeriesCounts &window)
{
    if (m_closed)
        return;
    m_windows.append(store(window));
    forgetHoldsBefore(window.endS);
    notePeaks(averaged(size() - 1));
    compact();
}

void RunSeries::extendLast(const SeriesCounts &window)
{
    if (m_closed)
        return;
    if (m_windows.isEmpty()) {
        append(window);
        return;
    }
    absorb(m_windows.last(), store(window));
    forgetHoldsBefore(window.endS);
    ++m_revision; // a window a reader may hold has changed
    notePeaks(averaged(size() - 1));
}

void RunSeries::hold(bool held, double tS)
{
    if (m_closed)
        return;
    if (held && !m_heldSince)
        m_heldSince = tS;
    if (!held && m_heldSince) {
        m_holds.append({*m_heldSince, tS});
        m_heldSince.reset();
    }
}

void RunSeries::close()
{
    if (m_closed)
        return;
    m_closed = true;
    m_holds.clear();
    m_heldSince.reset();
    ++m_revision;
    // A run shorter than the average's second now reads as fast as it went.
    if (!m_windows.isEmpty() && m_windows.last().endS < kAverageS)
        recomputePeaks();
}

double RunSeries::heldWithin(double startS, double endS) const
{
    const auto overlap = [&](double a, double b) { return std::max(0.0, std::min(b, endS) - std::max(a, startS)); };
    double held = 0;
    for (const auto &[from, to] : m_holds)
        held += overlap(from, to);
    if (m_heldSince)
        held += overlap(*m_heldSince, endS);
    return held;
}

void RunSeries::forgetHoldsBefore(double tS)
{
    m_holds.removeIf([tS](const QPair<double, double> &h) { return h.second <= tS; });
}

bool RunSeries::isHeld(int i) const
{
    const Stored &w = m_windows[i];
    return 2 * w.heldS > w.endS - w.startS;
}

SeriesPoint RunSeries::rates(double seconds, const QVector<quint64> &counts, const LatencyCounts &latency,
                             const LatencyRange &range, bool anyLatency) const
{
    SeriesPoint p;
    const int n = workers();
    const double per = seconds > 0 ? 1 / seconds : 0;
    for (int w = 0; w < n; ++w) {
        const double msgs = double(counts[w]) * per;
        const double mb = double(counts[n + w]) * per / 1e6;
        p.workers.append({m_names[w], msgs, mb});
        if (w >= m_producers) {
            p.msgsPerS += msgs;
            p.mbPerS += mb;
        }
    }
    if (anyLatency) {
        p.latencyP50Us = latencyPercentile(latency, 0.50, range) / 1000.0;
        p.latencyP99Us = latencyPercentile(latency, 0.99, range) / 1000.0;
    }
    return p;
}

SeriesPoint RunSeries::point(int i) const
{
    const Stored &w = m_windows[i];
    LatencyCounts latency{};
    addTo(latency, w.latency);
    SeriesPoint p = rates(w.endS - w.startS, w.counts, latency, w.range, !w.latency.isEmpty());
    p.tS = w.endS;
    p.held = isHeld(i);
    return p;
}

SeriesPoint RunSeries::averaged(int i) const
{
    QVector<quint64> counts(2 * workers(), 0);
    LatencyCounts latency{};
    bool anyLatency = false;
    double live = 0;
    int j = i;
    for (; j >= 0; --j) {
        const Stored &w = m_windows[j];
        for (int k = 0; k < counts.size(); ++k)
            counts[k] += w.counts[k];
        addTo(latency, w.latency);
        anyLatency = anyLatency || !w.latency.isEmpty();
        live += std::max(0.0, w.endS - w.startS - w.heldS);
        if (live >= kAverageS)
            break;
    }
    double seconds = live;
    const bool shortClosedRun = m_closed && m_windows.last().endS < kAverageS;
    if (j < 0 && !shortClosedRun)
        seconds = kAverageS; // before the start: silence
    // The last window's range bounds every latency before it too.
    SeriesPoint p = rates(seconds, counts, latency, m_windows[i].range, anyLatency);
    p.tS = m_windows[i].endS;
    p.held = isHeld(i);
    return p;
}

int RunSeries::indexAt(double tS) const
{
    if (m_windows.isEmpty() || tS < m_windows.first().startS || tS > m_windows.last().endS)
        return -1;
    const auto it = std::lower_bound(m_windows.begin(), m_windows.end(), tS,
                                     [](const Stored &w, double t) { return w.endS < t; });
    return int(it - m_windows.begin());
}

QVector<SeriesPoint> RunSeries::points() const
{
    QVector<SeriesPoint> out;
    out.reserve(size());
    for (int i = 0; i < size(); ++i)
        out.append(point(i));
    return out;
}

quint64 RunSeries::messages() const
{
    quint64 total = 0;
    for (const Stored &w : m_windows)
        for (int k = m_producers; k < workers(); ++k)
            total += w.counts[k];
    return total;
}

quint64 RunSeries::bytes() const
{
    quint64 total = 0;
    for (const Stored &w : m_windows)
        for (int k = m_producers; k < workers(); ++k)
            total += w.counts[workers() + k];
    return total;
}

void RunSeries::notePeaks(const SeriesPoint &p)
{
    m_peakBytesPerS = std::max(m_peakBytesPerS, p.mbPerS * 1e6);
    m_peakMessagesPerS = std::max(m_peakMessagesPerS, p.msgsPerS);
    for (const SeriesPoint::Worker &w : p.workers)
        m_peakMessagesPerS = std::max(m_peakMessagesPerS, w.msgsPerS);
    if (p.latencyP50Us)
        m_latencyLowUs = std::min(m_latencyLowUs, *p.latencyP50Us);
    if (p.latencyP99Us)
        m_latencyHighUs = std::max(m_latencyHighUs, *p.latencyP99Us);
}

std::optional<std::pair<double, double>> RunSeries::latencyExtentUs() const
{
    if (m_latencyLowUs > m_latencyHighUs)
        return std::nullopt;
    return std::pair{m_latencyLowUs, m_latencyHighUs};
}

void RunSeries::recomputePeaks()
{
    m_peakBytesPerS = m_peakMessagesPerS = 0;
    m_latencyLowUs = std::numeric_limits<double>::infinity();
    m_latencyHighUs = 0;
    for (int i = 0; i < size(); ++i)
        notePeaks(averaged(i));
}

void RunSeries::compact()
{
    const int batch = m_limits.batch;
    if (size() - m_history < m_limits.recent + batch)
        return;
    // The oldest batch of recent windows joins the history, `stride` windows a point.
    QVector<Stored> next;
    next.reserve(size());
    for (int i = 0; i < m_history; ++i)
        next.append(std::move(m_windows[i]));
    const int end = m_history + batch;
    for (int i = m_history; i < end; i += m_stride) {
        Stored point = std::move(m_windows[i]);
        for (int j = i + 1; j < std::min(i + m_stride, end); ++j)
            absorb(point, m_windows[j]);
        next.append(std::move(point));
    }
    m_history = int(next.size());
    // A full history: neighbours merge in pairs, and points hold twice as much.
    while (m_history > m_limits.history) {
        int kept = 0;
        for (int i = 0; i < m_history; i += 2) {
            Stored point = std::move(next[i]);
            if (i + 1 < m_history)
                absorb(point, next[i + 1]);
            next[kept++] = std::move(point);
        }
        next.resize(kept);
        m_history = kept;
        // Past a batch a point, a batch joins as one point and the pairs
        // merged before it hold more.
        m_stride = std::min(m_stride * 2, batch);
    }
    for (int i = end; i < size(); ++i)
        next.append(std::move(m_windows[i]));
    m_windows = std::move(next);
    ++m_revision;
}

} // namespace ipcscope
