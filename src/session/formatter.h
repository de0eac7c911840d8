#pragma once
// How the window writes a figure — a count, bytes, a size, a rate, a time, a
// spread — in its language: digits and separators from the default QLocale
// (language::setCurrent sets it: "1 234,5" in Russian), units and plural forms
// from the installed translation ("1 байт, 2 байта, 5 байт"). One place, so a
// figure reads the same in every view. Measured values keep three significant
// figures and take the unit that fits the rounded value: 999.6 µs is "1.00 ms".
// What cannot be a measurement (NaN, infinity) reads "—".
#include <QCoreApplication>
#include <QString>

namespace ipcscope {

class Formatter {
    Q_DECLARE_TR_FUNCTIONS(Formatter)
public:
    // Grouped as the language groups: 1,234,567 or 1 234 567.
    static QString count(qint64 n);
    // A measured value with a fixed number of decimals: 3.14 or 3,14.
    static QString decimal(double v, int decimals);
    // A value someone set (a rate, a pace): no more digits than it has, at
    // most three decimals: 0.5, 2, 100,000.
    static QString number(double v);
    // An exact amount of bytes with the noun in its plural form: 1 byte,
    // 64 bytes; 1 байт, 2 байта, 5 байт, 64 байта.
    static QString bytes(qint64 n);
    // A size in the largest binary unit that holds it whole: 64 B, 4 KiB,
    // 1 MiB, 1,500 B.
    static QString size(qint64 n);

    // A unit of bytes per second (powers of 1000) and its translated name.
    struct Unit {
        double factor;
        QString name;
    };
    // The unit byteRate() writes `bytesPerS` in, also for an axis scaled to it.
    static Unit byteRateUnit(double bytesPerS);
    // 512 B/s, 48.2 kB/s, 1.28 MB/s, 3.40 GB/s.
    static QString byteRate(double bytesPerS);
    // 0.04 msg/s, 2 msg/s, 2.35 msg/s, 12.5 msg/s, 607,000 msg/s.
    static QString messageRate(double msgsPerS);

    // A time, by its size: 0.35 µs, 47.1 µs, 1.00 ms, 12.8 s, 2 min 05 s,
    // 1 h 02 min.
    static QString duration(double seconds);
    // A latency, as measured, in µs: written as duration() writes it.
    static QString latency(double us);

    // A median and the range of its repetitions: "12.3 (11.8–13.0)"; the
    // median alone where the range rounds to one value.
    static QString spread(double median, double min, double max, int decimals);
    // In place of a figure that is not there.
    static QString none();
};

} // namespace ipcscope
