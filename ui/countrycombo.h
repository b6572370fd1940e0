#pragma once

#include <QComboBox>
#include <QHash>

namespace entente {

// Picks a country, or an international organisation when the list given holds some (a party to
// a meeting), by typing any part of its name (completion in the reader's language, sorted for
// it), any name CountryResolver reads (Byelorussia, ЕС), or from the list. Holds codes; text
// that names none of the list stays as typed and problem() says so.
class CountryCombo : public QComboBox
{
    Q_OBJECT

public:
    explicit CountryCombo(QWidget *parent = nullptr);
    ~CountryCombo() override;

    void setCountries(const QHash<QString, QString> &names);
    void setCountry(const QString &code);
    // The code of the country named, or empty (for empty text, or text that names none).
    QString country() const;
    QString problem() const;

Q_SIGNALS:
    // A country was chosen from the list, or typing ended with a change.
    void committed();

private:
    void commitIfChanged();
    QString m_committedText;
    bool m_organisations = false; // the list holds organisations too
};

} // namespace entente
