#pragma once
// The Inspector's Leftovers tab: System V objects whose processes are all
// gone (LeftoversModel). Removing one takes two presses in the panel itself:
// Remove… names the object and what it holds, Remove it does it; only the
// user's own objects offer it.
#include "session/leftoversmodel.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QFrame;

namespace ipcscope {

class LeftoversPanel : public QWidget {
    Q_OBJECT
public:
    explicit LeftoversPanel(QWidget *parent = nullptr);
    void retranslate();
    LeftoversModel &model() { return m_model; }
    QTableView *view() const { return m_view; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    int selectedRow() const;
    void updateButtons();
    void askToRemove();
    void removeAsked();

    LeftoversModel m_model;
    QTableView *m_view;
    QPushButton *m_refresh;
    QPushButton *m_remove;
    QFrame *m_confirm;
    QLabel *m_question;
    QPushButton *m_yes;
    QPushButton *m_no;
    QLabel *m_note;
    int m_asked = -1;
};

} // namespace ipcscope
