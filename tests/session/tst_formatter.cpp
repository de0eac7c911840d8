// Every figure the window writes, in English and in Russian, through the
// program's own compiled translations (built into this test from the same .ts
// files, see CMakeLists.txt): digits and separators, units chosen on the
// rounded value, plural forms (1 байт, 2 байта, 5 байт), zero, huge values,
// and what is not a number.
#include "session/formatter.h"

#include <QLocale>
#include <QTest>

#include "support/testlanguage.h"

#include <cmath>
#include <limits>

using namespace ipcscope;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

// Russian groups digits with a no-break space; the rows write it "_".
QString russian(const char *text)
{
    return QString::fromUtf8(text).replace(QLatin1Char('_'), QChar(0x00a0));
}

// One row per language: "en: name" and "ru: name".
template <typename T> void addRows(const char *name, T input, const char *english, const char *inRussian)
{
    QTest::addRow("en: %s", name) << QStringLiteral("en") << input << QString::fromUtf8(english);
    QTest::addRow("ru: %s", name) << QStringLiteral("ru") << input << russian(inRussian);
}

template <typename T> void addColumns(const char *input)
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<T>(input);
    QTest::addColumn<QString>("expected");
}

} // namespace

class TestFormatter : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void count_data();
    void count();
    void decimal_data();
    void decimal();
    void number_data();
    void number();
    void bytes_data();
    void bytes();
    void size_data();
    void size();
    void byteRateUnit_data();
    void byteRateUnit();
    void byteRate_data();
    void byteRate();
    void messageRate_data();
    void messageRate();
    void duration_data();
    void duration();
    void latency_data();
    void latency();
    void spread_data();
    void spread();

private:
    void use(const QString &language) { QVERIFY(m_language.use(language)); }
    test::TestLanguage m_language;
};

void TestFormatter::initTestCase()
{
    QVERIFY(m_language.load());
}

void TestFormatter::cleanupTestCase()
{
    m_language.restore();
}

void TestFormatter::count_data()
{
    addColumns<qint64>("n");
    addRows("zero", qint64(0), "0", "0");
    addRows("grouped", qint64(1234567), "1,234,567", "1_234_567");
    addRows("negative", qint64(-42), "-42", "-42");
    addRows("largest", std::numeric_limits<qint64>::max(), "9,223,372,036,854,775,807", "9_223_372_036_854_775_807");
}

void TestFormatter::count()
{
    QFETCH(QString, language);
    QFETCH(qint64, n);
    QFETCH(QString, expected);
    use(language);
    QCOMPARE(Formatter::count(n), expected);
}

void TestFormatter::decimal_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<double>("v");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("expected");
    const auto rows = [](const char *name, double v, int decimals, const char *english, const char *inRussian) {
        QTest::addRow("en: %s", name) << QStringLiteral("en") << v << decimals << QString::fromUtf8(english);
        QTest::addRow("ru: %s", name) << QStringLiteral("ru") << v << decimals << russian(inRussian);
    };
    rows("two decimals", 3.14159, 2, "3.14", "3,14");
    rows("grouped", 1234.5, 1, "1,234.5", "1_234,5");
    rows("none", 0.4, 0, "0", "0");
    rows("NaN", kNaN, 2, "—", "—");
    rows("infinity", kInf, 2, "—", "—");
    rows("minus infinity", -kInf, 2, "—", "—");
}

void TestFormatter::decimal()
{
    QFETCH(QString, language);
    QFETCH(double, v);
    QFETCH(int, decimals);
    QFETCH(QString, expected);
    use(language);
    QCOMPARE(Formatter::decimal(v, decimals), expected);
}

void TestFormatter::number_data()
{
    addColumns<double>("v");
    addRows("half", 0.5, "0.5", "0,5");
    addRows("whole", 2.0, "2", "2");
    addRows("zero", 0.0, "0", "0");
    addRows("grouped", 100000.0, "100,000", "100_000");
    addRows("three decimals at most", 0.12345, "0.123", "0,123");
    addRows("NaN", kNaN, "—", "—");
    addRows("infinity", kInf, "—", "—");
}

void TestFormatter::number()
{
    QFETCH(QString, language);
    QFETCH(double, v);
    QFETCH(QString, expected);
    use(language);
    QCOMPARE(Formatter::number(v), expected);
}

void TestFormatter::bytes_data()
{
    addColumns<qint64>("n");
    addRows("0", qint64(0), "0 bytes", "0 байт");
    addRows("1", qint64(1), "1 byte", "1 байт");
    addRows("2", qint64(2), "2 bytes", "2 байта");
    addRows("4", qint64(4), "4 bytes", "4 байта");
    addRows("5", qint64(5), "5 bytes", "5 байт");
    addRows("11", qint64(11), "11 bytes", "11 байт");
    addRows("12", qint64(12), "12 bytes", "12 байт");
    addRows("21", qint64(21), "21 bytes", "21 байт");
    addRows("22", qint64(22), "22 bytes", "22 байта");
    addRows("64", qint64(64), "64 bytes", "64 байта");
    addRows("111", qint64(111), "111 bytes", "111 байт");
    addRows("1024", qint64(1024), "1,024 bytes", "1_024 байта");
    addRows("65536", qint64(65536), "65,536 bytes", "65_536 байт");
    // Past int, where tr() takes its count: the form still follows the last digits.
    addRows("5000000001", qint64(5000000001), "5,000,000,001 bytes", "5_000_000_001 байт");
    addRows("5000000002", qint64(5000000002), "5,000,000,002 bytes", "5_000_000_002 байта");
    addRows("5000000011", qint64(5000000011), "5,000,000,011 bytes", "5_000_000_011 байт");
}

void TestFormatter::bytes()
{
    QFETCH(QString, language);
    QFETCH(qint64, n);
    QFETCH(QString, expected);
    use(language);
    QCOMPARE(Formatter::bytes(n), expected);
}

void TestFormatter::size_data()
{
    addColumns<qint64>("n");
    addRows("zero", qint64(0), "0 B", "0 Б");
    addRows("64 B", qint64(64), "64 B", "64 Б");
    addRows("not a multiple of 1024", qint64(1500), "1,500 B", "1_500 Б");
    addRows("4 KiB", qint64(4096), "4 KiB", "4 КиБ");
    addRows("64 KiB", qint64(65536), "64 KiB", "64 КиБ");
    addRows("1 MiB", qint64(1) << 20, "1 MiB", "1 МиБ");
    addRows("1.5 MiB stays in KiB", qint64(1536) << 10, "1,536 KiB", "1_536 КиБ");
    addRows("5 GiB", qint64(5) << 30, "5 GiB", "5 ГиБ");
    addRows("a PiB in TiB", qint64(1) << 50, "1,024 TiB", "1_024 ТиБ");
    addRows("negative", qint64(-4096), "-4 KiB", "-4 КиБ");
}

void TestFormatter::size()
{
    QFETCH(QString, language);
    QFETCH(qint64, n);
    QFETCH(QString, expected);
    use(language);
    QCOMPARE(Formatter::size(n), expected);
}

void TestFormatter::byteRateUnit_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<double>("bytesPerS");
    QTest::addColumn<double>("factor");
    QTest::addColumn<QString>("name");
    QTest::newRow("en: zero") << QStringLiteral("en") << 0.0 << 1.0 << QStringLiteral("B/s");
    QTest::newRow("en: 500 kB/s") << QStringLiteral("en") << 5e5 << 1e3 << QStringLiteral("kB/s");
    QTest::newRow("ru: 500 kB/s") << QStringLiteral("ru") << 5e5 << 1e3 << QStringLiteral("КБ/с");
    QTest::newRow("en: rounds up to 1.00 MB/s") << QStringLiteral("en") << 999.6e3 << 1e6 << QStringLiteral("MB/s");
    QTest::newRow("ru: rounds up to 1.00 MB/s") << QStringLiteral("ru") << 999.6e3 << 1e6 << QStringLiteral("МБ/с");
    QTest::newRow("en: stays at 999 kB/s") << QStringLiteral("en") << 999.4e3 << 1e3 << QStringLiteral("kB/s");
}

void TestFormatter::byteRateUnit()
{
    QFETCH(QString, language);
    QFETCH(double, bytesPerS);
    QFETCH(double, factor);
    QFETCH(QString, name);
    use(language);
    const Formatter::Unit unit = Formatter::byteRateUnit(bytesPerS);
    QCOMPARE(unit.factor, factor);
    QCOMPARE(unit.name, name);
}

void TestFormatter::byteRate_data()
{
    addColumns<double>("bytesPerS");
    addRows("zero", 0.0, "0 B/s", "0 Б/с");
    addRows("below a byte a second", 0.53, "0.53 B/s", "0,53 Б/с");
    addRows("512 B/s", 512.0, "512 B/s", "512 Б/с");
    addRows("999 B/s", 999.4, "999 B/s", "999 Б/с");
    addRows("rounds up to 1.00 kB/s", 999.6, "1.00 kB/s", "1,00 КБ/с");
    addRows("48.2 kB/s", 48200.0, "48.2 kB/s", "48,2 КБ/с");
    addRows("1.28 MB/s", 1.28e6, "1.28 MB/s", "1,28 МБ/с");
    addRows("123 MB/s", 123456789.0, "123 MB/s", "123 МБ/с");
    addRows("3.40 GB/s", 3.4e9, "3.40 GB/s", "3,40 ГБ/с");
    addRows("huge", 5e15, "5,000 TB/s", "5_000 ТБ/с");
    addRows("NaN", kNaN, "—", "—");
    addRows("infinity", kInf, "—", "—");
}

void TestFormatter::byteRate()
{
    QFETCH(QString, language);
    QFETCH(double, bytesPerS);
    QFETCH(QString, expected);
    use(language);
    QCOMPARE(Formatter::byteRate(bytesPerS), expected);
}

void TestFormatter::messageRate_data()
{
    addColumns<double>("msgsPerS");
    addRows("zero", 0.0, "0 msg/s", "0 сообщ./с");
    addRows("one in 25 s", 0.04, "0.04 msg/s", "0,04 сообщ./с");
    addRows("one in 4 min", 0.004167, "0.004 msg/s", "0,004 сообщ./с");
    addRows("half", 0.5, "0.5 msg/s", "0,5 сообщ./с");
    addRows("two, as set", 2.0, "2 msg/s", "2 сообщ./с");
    addRows("three figures", 2.346, "2.35 msg/s", "2,35 сообщ./с");
    addRows("rounds up to 10", 9.996, "10 msg/s", "10 сообщ./с");
    addRows("12.5, as set", 12.5, "12.5 msg/s", "12,5 сообщ./с");
    addRows("whole numbers stay whole", 1234.4, "1,234 msg/s", "1_234 сообщ./с");
    addRows("grouped", 607000.0, "607,000 msg/s", "607_000 сообщ./с");
    addRows("NaN", kNaN, "—", "—");
    addRows("infinity", kInf, "—", "—");
}

void TestFormatter::messageRate()
{
    QFETCH(QString, language);
    QFETCH(double, msgsPerS);
    QFETCH(QString, expected);
    use(language);
    QCOMPARE(Formatter::messageRate(msgsPerS), expected);
}

void TestFormatter::duration_data()
{
    addColumns<double>("seconds");
    addRows("zero", 0.0, "0 s", "0 с");
    addRows("below a microsecond", 3.5e-7, "0.35 µs", "0,35 мкс");
    addRows("47.1 µs", 4.71e-5, "47.1 µs", "47,1 мкс");
    addRows("999 µs", 999.4e-6, "999 µs", "999 мкс");
    addRows("rounds up to 1.00 ms", 999.6e-6, "1.00 ms", "1,00 мс");
    addRows("159 ms", 0.159, "159 ms", "159 мс");
    addRows("rounds up to 1.00 s", 0.9996, "1.00 s", "1,00 с");
    addRows("12.8 s", 12.84, "12.8 s", "12,8 с");
    addRows("59.9 s", 59.94, "59.9 s", "59,9 с");
    addRows("rounds up to a minute", 59.96, "1 min 00 s", "1 мин 00 с");
    addRows("2 min 05 s", 125.0, "2 min 05 s", "2 мин 05 с");
    addRows("rounds up to an hour", 3599.6, "1 h 00 min", "1 ч 00 мин");
    addRows("1 h 02 min", 3720.0, "1 h 02 min", "1 ч 02 мин");
    addRows("huge", 1e9, "277,777 h 47 min", "277_777 ч 47 мин");
    addRows("negative", -1.5, "-1.50 s", "-1,50 с");
    addRows("NaN", kNaN, "—", "—");
    addRows("infinity", kInf, "—", "—");
}

void TestFormatter::duration()
{
    QFETCH(QString, language);
    QFETCH(double, seconds);
    QFETCH(QString, expected);
    use(language);
    QCOMPARE(Formatter::duration(seconds), expected);
}

void TestFormatter::latency_data()
{
    addColumns<double>("us");
    addRows("688 µs", 688.1, "688 µs", "688 мкс");
    addRows("0.35 µs", 0.35, "0.35 µs", "0,35 мкс");
    addRows("1.50 ms", 1500.0, "1.50 ms", "1,50 мс");
    addRows("1.28 s", 1.28e6, "1.28 s", "1,28 с");
    addRows("huge", 1e12, "277 h 47 min", "277 ч 47 мин");
    addRows("NaN", kNaN, "—", "—");
}

void TestFormatter::latency()
{
    QFETCH(QString, language);
    QFETCH(double, us);
    QFETCH(QString, expected);
    use(language);
    QCOMPARE(Formatter::latency(us), expected);
}

void TestFormatter::spread_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<double>("median");
    QTest::addColumn<double>("min");
    QTest::addColumn<double>("max");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("expected");
    const auto rows = [](const char *name, double median, double min, double max, int decimals, const char *english,
                         const char *inRussian) {
        QTest::addRow("en: %s", name) << QStringLiteral("en") << median << min << max << decimals
                                      << QString::fromUtf8(english);
        QTest::addRow("ru: %s", name) << QStringLiteral("ru") << median << min << max << decimals << russian(inRussian);
    };
    rows("a range", 12.34, 11.8, 13.04, 1, "12.3 (11.8–13.0)", "12,3 (11,8–13,0)");
    rows("grouped", 1234.4, 1000, 2000, 0, "1,234 (1,000–2,000)", "1_234 (1_000–2_000)");
    rows("one value", 5, 5, 5, 0, "5", "5");
    rows("a range that rounds to one value", 5.01, 4.99, 5.02, 0, "5", "5");
    rows("no median", kNaN, 1, 2, 1, "—", "—");
}

void TestFormatter::spread()
{
    QFETCH(QString, language);
    QFETCH(double, median);
    QFETCH(double, min);
    QFETCH(double, max);
    QFETCH(int, decimals);
    QFETCH(QString, expected);
    use(language);
    QCOMPARE(Formatter::spread(median, min, max, decimals), expected);
}

QTEST_GUILESS_MAIN(TestFormatter)
#include "tst_formatter.moc"
