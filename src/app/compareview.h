#pragma once
// The Compare view: choose mechanisms, message sizes, repetitions and time per
// run; Run measures them one after another with a progress bar, the point
// being measured and the time left; Cancel stops at once, leaving nothing.
// The results table puts the lecture's columns beside the measurements and
// says where the two disagree; the charts and the table can be exported.
#include "session/comparison.h"

#include <QWidget>

#include <memory>

namespace Ui {
class CompareView;
}

namespace ipcscope {

class CompareView : public QWidget {
    Q_OBJECT
public:
    explicit CompareView(QWidget *parent = nullptr);
    ~CompareView() override;

    ComparePlan plan() const;
    void setPlan(const ComparePlan &plan);
    bool isRunning() const { return m_comparison && m_comparison->isRunning(); }
    const Comparison *comparison() const { return m_comparison.get(); }
    // Starts a comparison of plan(); false (and the reason shown) when it cannot.
    bool start();
    void cancel();
    // By suffix: .csv or .json for the table, .png or .pdf for the charts.
    bool exportTo(const QString &fileName);
    void retranslate();
    void restyle();
    // Whether Run may start a comparison now (not while a lesson measures).
    void setRunAllowed(bool allowed);

signals:
    void aboutToStart(); // nothing else of ours may run while it measures
    void runningChanged(bool running);

private:
    void fillTable();
    void askAndExport(const QString &suggestion, const QString &filter);
    void setRunning(bool running);

    std::unique_ptr<Ui::CompareView> m_ui;
    std::unique_ptr<Comparison> m_comparison;
    bool m_runAllowed = true;
};

} // namespace ipcscope
