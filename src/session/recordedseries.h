#pragma once
// A recording's series (recording.h) as a graph reads it, up to the replay's
// time cursor: the windows that had ended by then, with the peaks and the
// latency extremes the run had seen by then — so the graph at a moment of a
// replay is the one the run showed at that moment, as a system monitor's
// history shows only what has happened. Moving the cursor back raises the
// revision: the graph draws again from the start.
#include "recording.h"
#include "seriessource.h"

namespace ipcscope {

class RecordedSeries : public SeriesSource {
public:
    void load(const Recording &recording);
    void setCursor(double tS);

    int size() const override { return m_size; }
    bool isClosed() const override { return m_size > 0 && m_size == int(m_windows.size()); }
    quint64 revision() const override { return m_revision; }
    int workers() const override { return int(m_names.size()); }
    int producers() const override { return m_producers; }
    QString workerName(int slot) const override { return m_names.value(slot); }
    double endS(int i) const override { return m_windows[i].endS; }
    SeriesPoint averaged(int i) const override;
    double peakBytesPerS() const override;
    double peakMessagesPerS() const override;
    std::optional<std::pair<double, double>> latencyExtentUs() const override;

private:
    // Up to and with each window: what the run's series had seen by its end.
    struct Seen {
        double bytesPerS = 0;
        double msgsPerS = 0;
        std::optional<double> lowUs;
        std::optional<double> highUs;
    };
    QVector<RecordedWindow> m_windows;
    QVector<Seen> m_seen;
    QStringList m_names;
    int m_producers = 0;
    int m_size = 0;
    quint64 m_revision = 0;
};

} // namespace ipcscope
