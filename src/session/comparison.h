#pragma once
// The lecture's comparison table, measured here and now. For every point of
// a plan a Comparison runs, one after another and after a warm-up,
// repetitions of a one-way stream (for MB/s, messages/s, CPU and context
// switches per message, loss, one-way latency and where the workers waited)
// and, for one producer and one consumer, of a ping-pong (for the round
// trip), and keeps the median of each with its spread. Cancel stops the run
// in progress; every run cleans up after itself, so nothing is left behind.
#include "comparemodel.h"
#include "compareplan.h"
#include "run.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>

#include <memory>

namespace ipcscope {

class Comparison : public QObject {
    Q_OBJECT
public:
    explicit Comparison(const ComparePlan &plan, QObject *parent = nullptr);
    ~Comparison() override;

    // False, with the reason, when the plan cannot run.
    bool start(QString *error);
    void cancel();
    bool isRunning() const { return m_running; }
    // The rows measured so far, not yet judged (the model judges them).
    const QVector<CompareRow> &rows() const { return m_rows; }
    const ComparePlan &plan() const { return m_plan; }
    QJsonObject machine() const { return m_machine; }
    // Everything a CompareModel shows: machine, plan, limits and rows.
    CompareResults results() const;

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
    void tallyBlocking();
    void finishRow(int point);
    Scenario scenarioFor(const Step &step) const;

    ComparePlan m_plan;
    QList<ComparePoint> m_points;
    QList<Step> m_steps;
    int m_nextStep = 0;
    std::unique_ptr<Run> m_run;
    QVector<CompareRow> m_rows;
    QJsonObject m_machine;
    SystemLimits m_limits;
    QHash<QString, Complexity> m_complexity; // by mechanism, measured at the start
    // Per point, the values of each repetition until the row is complete.
    struct Samples {
        QVector<double> mbPerS, msgsPerS, p50, p99, oneWay, cpu, ctxt, lost;
        QHash<QString, int> sendWhere, receiveWhere; // "op|object" -> samples
        Blocking blocking;
        QString error;
    };
    Samples m_samples;
    QElapsedTimer m_clock;
    bool m_cancelled = false;
    bool m_running = false;
};

} // namespace ipcscope
