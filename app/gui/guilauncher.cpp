#include "guilauncher.h"

#include "appearance.h"
#include "cli/exitcodes.h"
#include "cli/logsetup.h"
#include "cli/translations.h"
#include "gui/firstpaintprobe.h"
#include "mainwindow.h"
#include "meetingspanel.h"
#include "salvage/cataloguesalvage.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace entente::gui {

namespace {

// The translation context of this file's messages (a real one, so lupdate finds them).
struct GuiLauncher
{
    Q_DECLARE_TR_FUNCTIONS(GuiLauncher)
};

void showOpenError(QWidget *parent, const Error &error)
{
    qCWarning(lcCli).noquote() << "cannot open catalogue:" << error.message << error.detail;
    QMessageBox::warning(parent, GuiLauncher::tr("Cannot Open the Catalogue"), error.message);
}

// A missing --catalogue file is created only when the user says so.
bool confirmCreate(const QString &path)
{
    const auto answer = QMessageBox::question(
        nullptr, GuiLauncher::tr("Create a Catalogue?"),
        GuiLauncher::tr("The catalogue %1 does not exist. Create a new, empty catalogue there?")
            .arg(QDir::toNativeSeparators(path)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    return answer == QMessageBox::Yes;
}

} // namespace

int run(int &argc, char **argv, const cli::GlobalOptions &options)
{
    QApplication app(argc, argv);
    entente::cli::installTranslations(app);

    QString path = options.catalogue;
    bool create = false;
    if (!path.isEmpty() && !QFileInfo::exists(path)) {
        if (!confirmCreate(path))
            return cli::toInt(cli::ExitCode::CatalogueUnusable);
        create = true;
    }
    // The last catalogue used; a vanished one falls back to the default (empty path).
    const bool explicitPath = !path.isEmpty();
    if (!explicitPath) {
        const QString last = QSettings().value(u"catalogue/last"_s).toString();
        if (QFileInfo::exists(last))
            path = last;
    }

    if (const auto look = Appearance::load(); look != Appearance::Mode::Desktop)
        Appearance::apply(look);
    MainWindow window;
    if (FirstPaintProbe::requested())
        new FirstPaintProbe(window.meetingsPanel()->view()->viewport(), &window);
    window.show();
    if (Status opened = window.openCatalogue(path, create); !opened) {
        const bool damaged = opened.error().kind == Error::Kind::CatalogueUnusable &&
                             !path.isEmpty() && CatalogueSalvage::looksDamaged(path);
        if (!damaged)
            showOpenError(&window, opened.error());
        // An unusable last catalogue should not lock the user out: open the default one instead.
        if (!explicitPath && !path.isEmpty()) {
            if (Status fallback = window.openCatalogue(QString()); !fallback)
                showOpenError(&window, fallback.error());
        }
        if (damaged)
            window.offerSalvage(path, opened.error());
    }
    return app.exec();
}

} // namespace entente::gui
