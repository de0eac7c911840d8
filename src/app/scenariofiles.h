#pragma once
// The File menu's scenarios: the examples shipped inside the program, the
// files opened or saved lately (kept in QSettings), and the file dialogs.
// Opening and saving themselves are the window's: it knows the layout.
#include <QObject>
#include <QStringList>

class QMenu;
class QWidget;

namespace ipcscope {

class ScenarioFiles : public QObject {
    Q_OBJECT
public:
    ScenarioFiles(QMenu *examples, QMenu *recent, QWidget *dialogParent);

    // A file dialog; empty when cancelled.
    QString askOpen();
    QString askSave();
    // The file a scenario was last opened from or saved to; empty for the
    // examples (they are read-only) and for a new scenario.
    QString current() const { return m_current; }
    void setCurrent(const QString &fileName);
    QStringList recent() const;
    // Both menus again, in the current language.
    void rebuildMenus();

signals:
    void openRequested(const QString &fileName);

private:
    QMenu *m_examples;
    QMenu *m_recent;
    QWidget *m_dialogParent;
    QString m_current;
};

} // namespace ipcscope
