#pragma once
// The lecture's comparison table, measured here and now. For every mechanism
// and message size (where the mechanism allows it) a Comparison runs, one
// after another and after a warm-up, repetitions of a one-way stream (for
// MB/s, messages/s, CPU and context switches per message, loss) and of a
// ping-pong (for the round-trip latency), and keeps the median of each with
// its spread. Cancel stops the run in progress; every run cleans up after
// itself, so nothing is left behind.
#include "lecturetable.h"
#include "run.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>

#include <memory>

namespace ipcscope {

struct ComparePlan {
    QStringList mechanisms; // empty: every mechanism
    QList<int> sizes = {64, 4096, 65536, 1 << 20};
    int repeat = 3;
    double secondsPerRun = 0.5; // each one-way stream; a ping-pong runs half as long
    bool pin = true;            // producer and consumer on different CPUs, where there are two

    // Empty when the plan can run; else one line saying what is wrong.
    QString validate() const;
};

struct ComparePoint {
    QString mechanism;
    int size = 0; // 0: a signal, which carries no message
};

struct Spread {
    bool valid = false;
    double median = 0;
    double min = 0;
    double max = 0;
};

struct CompareRow {
    ComparePoint point;
    int repetitions = 0;
    Spread mbPerS;
    Spread msgsPerS;
    Spread rttP50Us;
    Spread rttP99Us;
    Spread cpuUsPerMsg;
    Spread ctxtPerMsg;
    Spread lost;
    QString error; // a run that failed
    // Against the lecture's words.
    LectureRow lecture;
    ThroughputClass measured = ThroughputClass::Low;
    double shareOfFastest = 0; // of the fastest at the same size
    QString disagreement;      // empty when the lecture's word fits the measurement
};

// The points of a plan: each mechanism at each size it allows (one point
// for a signal).
QList<ComparePoint> comparePoints(const ComparePlan &plan);
// Fills in the measured class and whether the lecture agrees.
void classifyRows(QVector<CompareRow> &rows);
QJsonObject compareJson(const QJsonObject &machine, const ComparePlan &plan, const QVector<CompareRow> &rows);
QString compareCsv(const QVector<CompareRow> &rows);

class Comparison : public QObject {
    Q_OBJECT
public:
    explicit Comparison(const ComparePlan &plan, QObject *parent = nullptr);
    ~Comparison() override;

    // False, with the reason, when the plan cannot run.
    bool start(QString *error);
    void cancel();
    bool isRunning() const { return m_running; }
    const QVector<CompareRow> &rows() const { return m_rows; }
    const ComparePlan &plan() const { return m_plan; }
    QJsonObject machine() const { return m_machine; }

signals:
    void progress(int point, int points, const QString &what, double secondsLeft);
    void rowReady(int row);
    void finished(bool cancelled);

private:
    enum class Stage { WarmUp, Stream, PingPong };
    struct Step {
        int point;
        Stage stage;
    };
    void next();
    void collect(const Step &step, const RunResult &result);
    void finishRow(int point);
    Scenario scenarioFor(const Step &step) const;

    ComparePlan m_plan;
    QList<ComparePoint> m_points;
    QList<Step> m_steps;
    int m_nextStep = 0;
    std::unique_ptr<Run> m_run;
    QVector<CompareRow> m_rows;
    QJsonObject m_machine;
    // Per point, the values of each repetition until the row is complete.
    struct Samples {
        QVector<double> mbPerS, msgsPerS, p50, p99, cpu, ctxt, lost;
        QString error;
    };
    Samples m_samples;
    QElapsedTimer m_clock;
    bool m_cancelled = false;
    bool m_running = false;
};

} // namespace ipcscope
