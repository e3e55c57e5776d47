// Unit tests for Dossier::MasterStore and Dossier::FsUtil: content addressing, durable writes, corruption checks.
#include "common/fsutil.h"
#include "storage/masterstore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using Dossier::MasterStore;
namespace FsUtil = Dossier::FsUtil;

namespace {

// Every file under `root`, hidden ones included (temporary files are named ".tmp-…").
QStringList allFiles(const QString& root)
{
    QStringList out;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << QDir(root).relativeFilePath(it.next());
    out.sort();
    return out;
}

// The inode of a file: a durable write renames a new file into place, so a rewrite changes it.
quint64 inodeOf(const QString& path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 0;
    return quint64(st.st_ino);
}

QByteArray pageBytes(char seed, int size)
{
    QByteArray b(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        b[i] = char((i * 131 + seed) & 0xff);
    return b;
}

} // namespace

class TestMasterStore final : public QObject
{
    Q_OBJECT

private slots:
    void sha256Hex_data();
    void sha256Hex();
    void writeDurablyCreatesAndReplaces();
    void writeDurablyFailsCleanly();
    void readFileLimits();
    void putAddressesByContent();
    void samePutTwiceExisted();
    void readVerifiesHash();
    void readMissing();
    void putRepairsCorruptCopy();

private:
    QTemporaryDir m_dir;
};

void TestMasterStore::sha256Hex_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("hex");
    QTest::newRow("empty") << QByteArray()
                           << QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    QTest::newRow("abc") << QByteArrayLiteral("abc")
                         << QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

void TestMasterStore::sha256Hex()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, hex);
    QCOMPARE(FsUtil::sha256Hex(bytes), hex);
}

void TestMasterStore::writeDurablyCreatesAndReplaces()
{
    QVERIFY(m_dir.isValid());
    const QString root = m_dir.filePath(QStringLiteral("durable"));
    const QString path = root + QStringLiteral("/a/b/file.bin"); // parents are created
    QVERIFY(FsUtil::writeDurably(path, QByteArrayLiteral("first")).ok());
    auto r = FsUtil::readFile(path, 1024);
    QVERIFY(r.ok());
    QCOMPARE(*r, QByteArrayLiteral("first"));
    QVERIFY(FsUtil::writeDurably(path, QByteArrayLiteral("second, longer")).ok());
    r = FsUtil::readFile(path, 1024);
    QVERIFY(r.ok());
    QCOMPARE(*r, QByteArrayLiteral("second, longer"));
    QCOMPARE(allFiles(root), QStringList{QStringLiteral("a/b/file.bin")}); // no temporary left
    QVERIFY(FsUtil::syncDirectory(root));
    QVERIFY(!FsUtil::syncDirectory(root + QStringLiteral("/missing")));
}

void TestMasterStore::writeDurablyFailsCleanly()
{
    const QString root = m_dir.filePath(QStringLiteral("failing"));
    QVERIFY(QDir().mkpath(root));
    // The parent "folder" is a file: the folder cannot be made.
    QVERIFY(FsUtil::writeDurably(root + QStringLiteral("/plain"), QByteArrayLiteral("x")).ok());
    auto a = FsUtil::writeDurably(root + QStringLiteral("/plain/child.bin"), QByteArrayLiteral("y"));
    QVERIFY(!a.ok());
    QCOMPARE(a.error().code(), QStringLiteral("store_mkdir_failed"));
    // The target is a non-empty folder: the rename fails, and the temporary file is removed.
    QVERIFY(QDir().mkpath(root + QStringLiteral("/occupied/inner")));
    auto b = FsUtil::writeDurably(root + QStringLiteral("/occupied"), QByteArrayLiteral("z"));
    QVERIFY(!b.ok());
    QCOMPARE(b.error().code(), QStringLiteral("store_write_failed"));
    QCOMPARE(allFiles(root), QStringList{QStringLiteral("plain")});
    QVERIFY(QFileInfo(root + QStringLiteral("/occupied/inner")).isDir());
}

void TestMasterStore::readFileLimits()
{
    const QString path = m_dir.filePath(QStringLiteral("limits.bin"));
    QVERIFY(FsUtil::writeDurably(path, QByteArray(4096, 'a')).ok());
    QVERIFY(FsUtil::readFile(path, 4096).ok());
    auto big = FsUtil::readFile(path, 4095);
    QVERIFY(!big.ok());
    QCOMPARE(big.error().code(), QStringLiteral("file_too_large"));
    auto missing = FsUtil::readFile(m_dir.filePath(QStringLiteral("nope.bin")), 4096);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code(), QStringLiteral("file_unreadable"));
}

void TestMasterStore::putAddressesByContent()
{
    const QString root = m_dir.filePath(QStringLiteral("masters1"));
    MasterStore store(root);
    const QByteArray bytes = pageBytes(1, 100000);
    const QString sha = FsUtil::sha256Hex(bytes);

    const QString expectedPath =
        root + QLatin1Char('/') + sha.left(2) + QLatin1Char('/') + sha + QStringLiteral(".tif");
    QCOMPARE(store.pathFor(sha, QStringLiteral("tif")), expectedPath);

    auto r = store.put(bytes, QStringLiteral("tif"));
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().english()));
    QCOMPARE(r->sha256, sha);
    QCOMPARE(r->path, expectedPath);
    QVERIFY(!r->existed);
    QFile f(expectedPath);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), bytes);

    // Other bytes go elsewhere and leave the first master alone.
    const QByteArray other = pageBytes(2, 100000);
    auto r2 = store.put(other, QStringLiteral("tif"));
    QVERIFY(r2.ok());
    QVERIFY(r2->sha256 != sha);
    QVERIFY(!r2->existed);
    QCOMPARE(store.read(sha, QStringLiteral("tif")).value(), bytes);
    QCOMPARE(store.read(r2->sha256, QStringLiteral("tif")).value(), other);

    QStringList expected{QDir(root).relativeFilePath(r->path), QDir(root).relativeFilePath(r2->path)};
    expected.sort();
    QCOMPARE(allFiles(root), expected); // nothing but the two masters: no temporaries
}

void TestMasterStore::samePutTwiceExisted()
{
    const QString root = m_dir.filePath(QStringLiteral("masters2"));
    MasterStore store(root);
    const QByteArray bytes = pageBytes(3, 5000);
    auto a = store.put(bytes, QStringLiteral("jpg"));
    QVERIFY(a.ok());
    QVERIFY(!a->existed);
    const quint64 inode = inodeOf(a->path);
    QVERIFY(inode != 0);
    auto b = store.put(bytes, QStringLiteral("jpg"));
    QVERIFY(b.ok());
    QVERIFY(b->existed);
    QCOMPARE(b->sha256, a->sha256);
    QCOMPARE(b->path, a->path);
    QCOMPARE(inodeOf(a->path), inode); // not rewritten
    QCOMPARE(allFiles(root).size(), 1);
}

void TestMasterStore::readVerifiesHash()
{
    const QString root = m_dir.filePath(QStringLiteral("masters3"));
    MasterStore store(root);
    const QByteArray bytes = pageBytes(4, 20000);
    auto r = store.put(bytes, QStringLiteral("tif"));
    QVERIFY(r.ok());
    auto good = store.read(r->sha256, QStringLiteral("tif"));
    QVERIFY(good.ok());
    QCOMPARE(*good, bytes);

    // Flip one bit of one byte on disk, behind the store's back.
    {
        QFile f(r->path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(12345));
        char c = 0;
        QVERIFY(f.getChar(&c));
        QVERIFY(f.seek(12345));
        QVERIFY(f.putChar(char(c ^ 0x01)));
    }
    QCOMPARE(QFileInfo(r->path).size(), qint64(bytes.size()));
    auto bad = store.read(r->sha256, QStringLiteral("tif"));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().code(), QStringLiteral("master_corrupt"));
    QVERIFY(bad.error().english().contains(r->sha256));
}

void TestMasterStore::readMissing()
{
    MasterStore store(m_dir.filePath(QStringLiteral("masters4")));
    const auto r = store.read(FsUtil::sha256Hex(QByteArrayLiteral("never stored")), QStringLiteral("tif"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code(), QStringLiteral("file_unreadable"));
}

void TestMasterStore::putRepairsCorruptCopy()
{
    // A damaged copy of the same size must not make put() report the bytes as safely stored.
    const QString root = m_dir.filePath(QStringLiteral("masters5"));
    MasterStore store(root);
    const QByteArray bytes = pageBytes(5, 8000);
    auto r = store.put(bytes, QStringLiteral("tif"));
    QVERIFY(r.ok());
    {
        QFile f(r->path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(100));
        QVERIFY(f.putChar('\x7f') && f.putChar('\x00'));
    }
    QCOMPARE(store.read(r->sha256, QStringLiteral("tif")).error().code(), QStringLiteral("master_corrupt"));
    const quint64 damaged = inodeOf(r->path);
    auto again = store.put(bytes, QStringLiteral("tif"));
    QVERIFY(again.ok());
    QVERIFY(!again->existed);
    QVERIFY(inodeOf(r->path) != damaged); // replaced by a fresh durable write
    auto healed = store.read(r->sha256, QStringLiteral("tif"));
    QVERIFY(healed.ok());
    QCOMPARE(*healed, bytes);
    QCOMPARE(allFiles(root).size(), 1);
}

QTEST_GUILESS_MAIN(TestMasterStore)
#include "testmasterstore.moc"
