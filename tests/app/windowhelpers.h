#pragma once
// What the window tests share: settings of their own, finding an action,
// reading what the scene says, and saving a screenshot when
// IPCSCOPE_SCREENSHOT_DIR asks for one.
#include "flowscene.h"
#include "labelitem.h"
#include "mainwindow.h"
#include "noticeitem.h"

#include <QAction>
#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QWidget>

namespace ipcscope::test {

// The window reads and writes settings (QSettings) as the program does, under
// its names; a test keeps them in Qt's test location (~/.qttest), never in
// the user's, and starts from none. First thing in initTestCase: QSettings
// fixes its paths the first time it is used.
inline void isolateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ipcscope"));
    QCoreApplication::setApplicationName(QStringLiteral("ipcscope"));
    QSettings().clear();
}

inline QAction *action(MainWindow &w, const char *name)
{
    return w.findChild<QAction *>(QLatin1String(name));
}

// Whether the scene says `words`: its notice, one of its labels, or a text
// one of its items drew last.
inline bool sceneSays(MainWindow &w, const QString &words)
{
    for (QGraphicsItem *item : w.scene()->items()) {
        if (auto *notice = dynamic_cast<NoticeItem *>(item); notice && notice->plainText().contains(words))
            return true;
        if (auto *label = dynamic_cast<LabelItem *>(item); label && label->text().contains(words))
            return true;
        if (auto *drawn = dynamic_cast<SceneItem *>(item))
            for (const DrawnText &t : drawn->drawnTexts())
                if (t.text.contains(words))
                    return true;
    }
    return false;
}

inline void maybeScreenshot(QWidget &w, const char *name)
{
    const QString dir = qEnvironmentVariable("IPCSCOPE_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w.grab().save(dir + QLatin1Char('/') + QLatin1String(name));
}

} // namespace ipcscope::test
