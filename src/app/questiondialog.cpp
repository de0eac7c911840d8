#include "questiondialog.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ipcscope {

QuestionDialog::QuestionDialog(const QString &title, const LessonQuestion &question, bool large, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("lessonQuestion"));
    setWindowTitle(tr("Before it runs: %1").arg(title));
    QFont type = font();
    // At least 20 px on a 1024×768 projector; a little larger than usual at the desk.
    if (large)
        type.setPixelSize(26);
    else
        type.setPointSizeF(type.pointSizeF() * 1.25);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(large ? 14 : 8);
    auto *heading = new QLabel(title, this);
    heading->setFont(type);
    heading->setWordWrap(true);
    auto *text = new QLabel(question.text, this);
    text->setObjectName(QStringLiteral("question"));
    QFont bold = type;
    bold.setBold(true);
    text->setFont(bold);
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    text->setMinimumWidth(large ? 760 : 480);
    layout->addWidget(heading);
    layout->addWidget(text);
    for (int i = 0; i < question.choices.size(); ++i) {
        // Lettered, so a hall can call out "B!".
        auto *b = new QPushButton(QStringLiteral("%1.  %2").arg(QChar(u'A' + i)).arg(question.choices[i]), this);
        b->setObjectName(QStringLiteral("choice%1").arg(i));
        b->setFont(type);
        b->setMinimumHeight(large ? 56 : 36);
        b->setAutoDefault(false);
        connect(b, &QPushButton::clicked, this, [this, i] {
            m_guess = i;
            accept();
        });
        layout->addWidget(b);
    }
    auto *skip = new QPushButton(tr("Run without guessing"), this);
    skip->setObjectName(QStringLiteral("runWithoutGuessing"));
    skip->setAutoDefault(false);
    if (large) {
        QFont smaller = type;
        smaller.setPixelSize(20);
        skip->setFont(smaller);
    }
    connect(skip, &QPushButton::clicked, this, [this] {
        m_guess = -1;
        accept();
    });
    layout->addSpacing(large ? 10 : 4);
    layout->addWidget(skip, 0, Qt::AlignRight);
}

} // namespace ipcscope
