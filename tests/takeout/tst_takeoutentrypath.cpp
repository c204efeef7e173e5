// TakeoutEntryPath: stored entry names → safe relative paths, or a reason to refuse them.
#include "takeout/TakeoutEntryPath.h"

#include <QTest>

using namespace tintype;

class TestTakeoutEntryPath : public QObject {
    Q_OBJECT

private slots:
    void sanitize_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected"); // empty: refused
        QTest::addColumn<QString>("reason");   // a word of the refusal
        const QString nfd = QStringLiteral("Cafe\u0301.jpg");
        QTest::newRow("plain") << "Takeout/Google Photos/IMG_1.JPG"
                               << "Takeout/Google Photos/IMG_1.JPG"
                               << "";
        QTest::newRow("leading ./") << "./Takeout/a.jpg"
                                    << "Takeout/a.jpg"
                                    << "";
        QTest::newRow("inner . and //") << "Takeout/./x//a.jpg"
                                        << "Takeout/x/a.jpg"
                                        << "";
        QTest::newRow("trailing /") << "Takeout/a.jpg/"
                                    << "Takeout/a.jpg"
                                    << "";
        QTest::newRow("NFD to NFC") << nfd << QStringLiteral("Caf\u00e9.jpg") << "";
        QTest::newRow("emoji") << QStringLiteral("\U0001F1F5\U0001F1F9 Lisbonne/\u2708\uFE0F a.jpg")
                               << QStringLiteral("\U0001F1F5\U0001F1F9 Lisbonne/\u2708\uFE0F a.jpg") << "";
        QTest::newRow("dots in a name") << "a/..b/c...jpg"
                                        << "a/..b/c...jpg"
                                        << "";
        QTest::newRow("colon inside") << "a/10:30.jpg"
                                      << "a/10:30.jpg"
                                      << "";
        QTest::newRow("empty") << ""
                               << ""
                               << "empty";
        QTest::newRow("only ./") << "./"
                                 << ""
                                 << "empty";
        QTest::newRow("only slashes") << "//"
                                      << ""
                                      << "absolute";
        QTest::newRow("parent") << "../evil.jpg"
                                << ""
                                << "..";
        QTest::newRow("inner parent") << "Takeout/../../evil.jpg"
                                      << ""
                                      << "..";
        QTest::newRow("trailing parent") << "Takeout/.."
                                         << ""
                                         << "..";
        QTest::newRow("absolute") << "/etc/passwd"
                                  << ""
                                  << "absolute";
        QTest::newRow("UNC forward") << "//server/share/x.jpg"
                                     << ""
                                     << "absolute";
        QTest::newRow("drive backslash") << "C:\\Windows\\x.jpg"
                                         << ""
                                         << "backslash";
        QTest::newRow("drive relative") << "C:x.jpg"
                                        << ""
                                        << "drive";
        QTest::newRow("drive slash") << "c:/x.jpg"
                                     << ""
                                     << "drive";
        QTest::newRow("UNC") << "\\\\server\\share\\x.jpg"
                             << ""
                             << "backslash";
        QTest::newRow("backslash parent") << "a\\..\\..\\x.jpg"
                                          << ""
                                          << "backslash";
        QTest::newRow("NUL") << QString::fromLatin1("a.jpg\0.txt", 10) << ""
                             << "NUL";
        QTest::newRow("newline") << "a\nb.jpg"
                                 << ""
                                 << "control";
        QTest::newRow("escape") << "a\x1b[2Jb.jpg"
                                << ""
                                << "control";
        QTest::newRow("DEL") << "a\x7f.jpg"
                             << ""
                             << "control";
        QTest::newRow("C1") << QStringLiteral("a\u0085.jpg") << ""
                            << "control";
    }
    void sanitize()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        QFETCH(QString, reason);
        const auto path = TakeoutEntryPath::sanitize(name);
        if (expected.isEmpty()) {
            QVERIFY2(!path, qPrintable(path.ok() ? path.value() : QString()));
            QVERIFY2(path.error().contains(reason, Qt::CaseInsensitive), qPrintable(path.error()));
        } else {
            QVERIFY2(path, qPrintable(path.error()));
            QCOMPARE(path.value(), expected);
        }
    }

    void utf8IsReadAsUtf8()
    {
        const auto d =
            TakeoutEntryPath::decode("Caf\xc3\xa9 \xf0\x9f\x93\xb7.jpg", TakeoutEntryPath::LegacyCharset::Cp437);
        QCOMPARE(d.text, QStringLiteral("Caf\u00e9 \U0001F4F7.jpg"));
        QVERIFY(!d.legacy);
    }

    void legacyNamesAreDecodedByteForByte()
    {
        // CP437: 0x82 é, 0x81 ü, 0xE1 ß; Windows-1252: 0xE9 é, 0x80 €, 0x9C œ.
        auto d = TakeoutEntryPath::decode("caf\x82 \x81\xe1.jpg", TakeoutEntryPath::LegacyCharset::Cp437);
        QCOMPARE(d.text, QStringLiteral("caf\u00e9 \u00fc\u00df.jpg"));
        QVERIFY(d.legacy);
        d = TakeoutEntryPath::decode("caf\xe9 \x80\x9c.jpg", TakeoutEntryPath::LegacyCharset::Windows1252);
        QCOMPARE(d.text, QStringLiteral("caf\u00e9 \u20ac\u0153.jpg"));
        QVERIFY(d.legacy);
        // Overlong forms and surrogates are not UTF-8.
        QVERIFY(TakeoutEntryPath::decode("\xc0\xaf", TakeoutEntryPath::LegacyCharset::Windows1252).legacy);
        QVERIFY(TakeoutEntryPath::decode("\xed\xa0\x80", TakeoutEntryPath::LegacyCharset::Windows1252).legacy);
        // Every byte value gives its own character, so distinct names stay distinct.
        for (auto charset : {TakeoutEntryPath::LegacyCharset::Cp437, TakeoutEntryPath::LegacyCharset::Windows1252}) {
            QSet<QChar> seen;
            for (int b = 0x80; b < 0x100; ++b) {
                const QString text = TakeoutEntryPath::decode(QByteArray(1, char(b)), charset).text;
                QCOMPARE(text.size(), 1);
                seen.insert(text.at(0));
            }
            QCOMPARE(seen.size(), 128);
        }
    }

    void displayIsLossless()
    {
        QCOMPARE(TakeoutEntryPath::display("caf\xe9.jpg"), QStringLiteral("caf\\xE9.jpg"));
        QCOMPARE(TakeoutEntryPath::display("a\nb\x01.jpg"), QStringLiteral("a\\x0Ab\\x01.jpg"));
        QCOMPARE(TakeoutEntryPath::display("\xc2\x85"), QStringLiteral("\\u0085"));
        QCOMPARE(TakeoutEntryPath::display("Caf\xc3\xa9.jpg"), QStringLiteral("Caf\u00e9.jpg"));
        QCOMPARE(TakeoutEntryPath::display("\xf0\x9f\x93"), QStringLiteral("\\xF0\\x9F\\x93")); // cut short
    }
};

QTEST_GUILESS_MAIN(TestTakeoutEntryPath)
#include "tst_takeoutentrypath.moc"
