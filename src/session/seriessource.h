#pragma once
// What a graph reads of a series (series.h): the live run's, as it grows,
// or a recording's up to the replay's time cursor (recordedseries.h). The
// graph draws either the same way, so that a replay's graph is the one the
// run showed at that moment.
#include "formatter.h"
#include "runtypes.h"

#include <QString>

#include <optional>
#include <utility>

namespace ipcscope {

class SeriesSource {
public:
    virtual ~SeriesSource() = default;

    virtual int size() const = 0;
    // The run ended (or the cursor is at its end): nothing more will come.
    virtual bool isClosed() const = 0;
    // Raised when points a reader may hold changed: it reads all again.
    virtual quint64 revision() const = 0;
    virtual int workers() const = 0;
    virtual int producers() const = 0;
    virtual QString workerName(int slot) const = 0;
    virtual double endS(int i) const = 0;
    // The last second of the run up to the end of point i.
    virtual SeriesPoint averaged(int i) const = 0;
    virtual double peakBytesPerS() const = 0;
    virtual double peakMessagesPerS() const = 0;
    virtual std::optional<std::pair<double, double>> latencyExtentUs() const = 0;

    bool isEmpty() const { return size() == 0; }
    // The unit the largest byte rate so far reads in: the graph's axis unit.
    Formatter::Unit byteRateUnit() const { return Formatter::byteRateUnit(peakBytesPerS()); }
};

} // namespace ipcscope
