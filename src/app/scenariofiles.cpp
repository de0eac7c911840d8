#include "scenariofiles.h"

#include "language.h"

#include "session/scenariofile.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace ipcscope {

namespace {
const QString kRecentKey = QStringLiteral("recentScenarios");
constexpr int kMaxRecent = 8;
} // namespace

ScenarioFiles::ScenarioFiles(QMenu *examples, QMenu *recent, QWidget *dialogParent)
    : QObject(dialogParent), m_examples(examples), m_recent(recent), m_dialogParent(dialogParent)
{
    rebuildMenus();
}

QString ScenarioFiles::askOpen()
{
    const QString dir = m_current.isEmpty() ? QDir::currentPath() : QFileInfo(m_current).path();
    return QFileDialog::getOpenFileName(m_dialogParent, tr("Open a scenario"), dir,
                                        tr("ipcscope scenarios (*.json);;All files (*)"));
}

QString ScenarioFiles::askSave()
{
    const QString suggested =
        m_current.isEmpty() ? QDir::current().filePath(QStringLiteral("scenario.json")) : m_current;
    QString file = QFileDialog::getSaveFileName(m_dialogParent, tr("Save the scenario"), suggested,
                                                tr("ipcscope scenarios (*.json)"));
    if (!file.isEmpty() && QFileInfo(file).suffix().isEmpty())
        file += QStringLiteral(".json");
    return file;
}

void ScenarioFiles::setCurrent(const QString &fileName)
{
    // The examples live inside the program: Save goes to a new file.
    m_current = fileName.startsWith(QLatin1Char(':')) ? QString() : QFileInfo(fileName).absoluteFilePath();
    if (m_current.isEmpty())
        return;
    QStringList list = recent();
    list.removeAll(m_current);
    list.prepend(m_current);
    QSettings().setValue(kRecentKey, list.mid(0, kMaxRecent));
    rebuildMenus();
}

QStringList ScenarioFiles::recent() const
{
    QStringList list;
    for (const QString &file : QSettings().value(kRecentKey).toStringList())
        if (QFileInfo::exists(file))
            list << file;
    return list;
}

void ScenarioFiles::rebuildMenus()
{
    m_examples->clear();
    for (const QString &name : exampleNames()) {
        ScenarioDocument document;
        QString error;
        const QString path = examplePath(name);
        const QString title = loadScenario(path, document, error) ? document.title(language::current()) : QString();
        QAction *action = m_examples->addAction(title.isEmpty() ? name : title);
        action->setToolTip(name + QStringLiteral(".json"));
        connect(action, &QAction::triggered, this, [this, path] { emit openRequested(path); });
    }
    m_recent->clear();
    const QStringList list = recent();
    for (const QString &file : list) {
        QAction *action = m_recent->addAction(QFileInfo(file).fileName());
        action->setToolTip(file);
        connect(action, &QAction::triggered, this, [this, file] { emit openRequested(file); });
    }
    if (list.isEmpty()) {
        m_recent->addAction(tr("No recent scenarios"))->setEnabled(false);
    } else {
        m_recent->addSeparator();
        connect(m_recent->addAction(tr("Clear the list")), &QAction::triggered, this, [this] {
            QSettings().remove(kRecentKey);
            rebuildMenus();
        });
    }
}

} // namespace ipcscope
