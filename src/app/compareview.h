#pragma once
// The Compare page: choose mechanisms, message sizes, repetitions, time per
// run and a scaling sweep; Run measures them one after another with a
// progress bar, the point being measured and the time left; Cancel stops at
// once, leaving nothing. The table (CompareModel, sortable) puts each
// verdict, the lecture's columns and the facts behind them beside the
// measurements; the charts draw them; both can be exported, and a saved
// comparison opens again under the current one, faded.
#include "inventory.h"
#include "session/comparemodel.h"
#include "session/comparison.h"

#include <QWidget>

#include <memory>

class QSortFilterProxyModel;

namespace Ui {
class CompareView;
}

namespace ipcscope {

class RunController;

class CompareView : public QWidget {
    Q_OBJECT
public:
    explicit CompareView(QWidget *parent = nullptr);
    ~CompareView() override;

    ComparePlan plan() const;
    void setPlan(const ComparePlan &plan);
    bool isRunning() const { return m_comparison && m_comparison->isRunning(); }
    const Comparison *comparison() const { return m_comparison.get(); }
    const CompareModel &model() const { return m_model; }
    // Starts a comparison of plan(); false (and the reason shown) when it cannot.
    // A live run is stopped first, and the status line says so.
    bool start();
    void cancel();
    // By suffix: .csv or .json for the table, .png or .pdf for the charts.
    bool exportTo(const QString &fileName);
    // A saved comparison (JSON): shown as the table when nothing was measured
    // yet, else under the current one. False, with the reason shown, when it
    // is not one.
    bool openSaved(const QString &fileName);
    void removeSaved();
    void retranslate();
    void restyle();
    // What the page shows, as last laid out (inventory.h): the banner and
    // what the progress line says, each header and cell of the table — a
    // verdict whose column is not wholly on screen, or whose text does not
    // fit its cell, counts as cut — and one item a row.
    Inventory inventory(QSize screen) const;
    // Whether Run may start a comparison now (not while a lesson measures).
    void setRunAllowed(bool allowed);
    // The window's live run, which a comparison stops first — never silently:
    // the window says so in its status line (aboutToStart), this page while it measures.
    void followLiveRun(const RunController *controller) { m_liveRun = controller; }

signals:
    void aboutToStart(); // nothing else of ours may run while it measures
    void runningChanged(bool running);
    // Side by side, live, of the mechanisms and smallest size chosen here.
    void sideBySideRequested();

private:
    void showResults();
    void fitTableToRows();
    void showAbout();
    void askAndExport(const QString &suggestion, const QString &filter);
    void setRunning(bool running);
    void say(const QString &text);

    std::unique_ptr<Ui::CompareView> m_ui;
    std::unique_ptr<Comparison> m_comparison;
    CompareModel m_model;
    QSortFilterProxyModel *m_sorted;
    const RunController *m_liveRun = nullptr;
    bool m_runAllowed = true;
    bool m_showingSaved = false; // the table shows an opened file, not a measurement
    QString m_savedFile;
    QString m_notice; // what the status line keeps saying during this comparison
};

} // namespace ipcscope
