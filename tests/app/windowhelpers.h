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

// The texts of the kernel object (the ring's head and tail, its depth…)
// drawn where a card is, a worker's or a semaphore's: the card hides them
// in part. One line each, naming the text and the card.
inline QStringList textsUnderCards(const QGraphicsScene &scene)
{
    QVector<const SceneItem *> cards;
    QVector<const SceneItem *> objects;
    for (const QGraphicsItem *item : scene.items())
        if (const auto *drawn = dynamic_cast<const SceneItem *>(item); drawn && drawn->isVisible()) {
            const QString kind = drawn->inventoryKind();
            if (kind == QLatin1String("worker") || kind == QLatin1String("semaphore"))
                cards << drawn;
            else if (!kind.isEmpty())
                objects << drawn;
        }
    QStringList problems;
    for (const SceneItem *object : objects)
        for (const DrawnText &t : object->drawnTexts())
            for (const SceneItem *card : cards)
                if (object->mapRectToScene(t.box).intersects(card->sceneBoundingRect()))
                    problems << QStringLiteral("\"%1\" under %2's card").arg(t.text, card->inventoryName());
    return problems;
}

inline void maybeScreenshot(QWidget &w, const char *name)
{
    const QString dir = qEnvironmentVariable("IPCSCOPE_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w.grab().save(dir + QLatin1Char('/') + QLatin1String(name));
}

} // namespace ipcscope::test
