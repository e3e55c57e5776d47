#include "camerapanel.h"
#include "common/workerpool.h"

#include "imaging/qrcode.h"

#include <QCamera>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QImageCapture>
#include <QLabel>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QPushButton>
#include <QVBoxLayout>
#include <QVideoFrame>
#include <QVideoSink>
#include <QVideoWidget>
#include <QtConcurrent>

namespace Dossier {
namespace {

constexpr int kDecodeEveryMs = 400; // QR codes are looked for in a few frames a second, off the GUI thread

} // namespace

CameraPanel::CameraPanel(QWidget* parent)
    : QWidget(parent), m_devices(new QMediaDevices(this)), m_session(new QMediaCaptureSession(this)),
      m_imageCapture(new QImageCapture(this)), m_deviceBox(new QComboBox(this)), m_video(new QVideoWidget(this)),
      m_state(new QLabel(this)), m_captureButton(new QPushButton(tr("&Capture page (Space)"), this))
{
    setObjectName(QStringLiteral("cameraPanel"));
    m_deviceBox->setObjectName(QStringLiteral("cameraDevice"));
    m_state->setObjectName(QStringLiteral("cameraState"));
    m_state->setWordWrap(true);
    m_captureButton->setObjectName(QStringLiteral("cameraCapture"));
    m_captureButton->setShortcut(Qt::Key_Space);
    m_video->setMinimumSize(320, 240);
    m_session->setImageCapture(m_imageCapture);
    m_session->setVideoOutput(m_video);

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Camera:"), this));
    top->addWidget(m_deviceBox, 1);
    top->addWidget(m_captureButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_video, 1);
    layout->addWidget(m_state);

    connect(m_captureButton, &QPushButton::clicked, this, &CameraPanel::capture);
    connect(m_deviceBox, &QComboBox::activated, this, &CameraPanel::startCamera);
    connect(m_devices, &QMediaDevices::videoInputsChanged, this, &CameraPanel::refreshDevices);
    connect(m_imageCapture, &QImageCapture::imageSaved, this, [this](int, const QString& file) {
        m_state->setText(tr("Page %1 captured.").arg(m_count));
        Q_EMIT pageCaptured(file);
    });
    connect(m_imageCapture, &QImageCapture::errorOccurred, this,
            [this](int, QImageCapture::Error, const QString& message) {
                m_state->setText(tr("The camera could not take the picture: %1").arg(message));
            });
    connect(m_video->videoSink(), &QVideoSink::videoFrameChanged, this, &CameraPanel::frameArrived);
    m_lastDecode.start();
    refreshDevices();
}

CameraPanel::~CameraPanel()
{
    m_decoding.waitForFinished();
}

bool CameraPanel::hasCamera() const
{
    return m_deviceBox->count() > 0 && m_deviceBox->isEnabled();
}

void CameraPanel::setCaptureFolder(const QString& folder)
{
    m_folder = folder;
}

void CameraPanel::refreshDevices()
{
    const QList<QCameraDevice> cameras = QMediaDevices::videoInputs();
    m_deviceBox->clear();
    for (const QCameraDevice& c : cameras)
        m_deviceBox->addItem(c.description(), c.id());
    m_deviceBox->setEnabled(!cameras.isEmpty());
    m_captureButton->setEnabled(!cameras.isEmpty());
    if (cameras.isEmpty()) {
        delete m_camera;
        m_camera = nullptr;
        m_state->setText(tr("No document camera is connected. Connect one (USB, UVC) and it appears here."));
        return;
    }
    startCamera(0);
}

void CameraPanel::startCamera(int index)
{
    const QList<QCameraDevice> cameras = QMediaDevices::videoInputs();
    if (index < 0 || index >= cameras.size())
        return;
    delete m_camera;
    m_camera = new QCamera(cameras.at(index), this);
    connect(m_camera, &QCamera::errorOccurred, this,
            [this](QCamera::Error, const QString& message) { m_state->setText(tr("Camera error: %1").arg(message)); });
    m_session->setCamera(m_camera);
    m_camera->start();
    m_state->setText(tr("Show a case label to choose the case; Space captures a page."));
}

void CameraPanel::capture()
{
    if (!m_camera || !m_imageCapture->isReadyForCapture()) {
        m_state->setText(tr("The camera is not ready."));
        return;
    }
    if (m_folder.isEmpty() || !QDir().mkpath(m_folder)) {
        m_state->setText(tr("No folder to keep captured pages in."));
        return;
    }
    ++m_count;
    const QString file =
        QDir(m_folder).filePath(QStringLiteral("camera-%1-%2.jpg")
                                    .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")))
                                    .arg(m_count, 4, 10, QLatin1Char('0')));
    m_imageCapture->setQuality(QImageCapture::VeryHighQuality);
    m_imageCapture->captureToFile(file);
}

void CameraPanel::frameArrived(const QVideoFrame& frame)
{
    if (m_lastDecode.elapsed() < kDecodeEveryMs || m_decoding.isRunning())
        return;
    m_lastDecode.restart();
    const QImage image = frame.toImage();
    if (image.isNull())
        return;
    m_decoding = QtConcurrent::run(workerPool(), [image] { return QrCode::caseNumberIn(QrCode::decode(image)); });
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
        const QString caseNo = watcher->result();
        watcher->deleteLater();
        if (!caseNo.isEmpty() && caseNo != m_lastCase) {
            m_lastCase = caseNo;
            m_state->setText(tr("Case %1 recognised from its label.").arg(caseNo));
            Q_EMIT caseShown(caseNo);
        }
    });
    watcher->setFuture(m_decoding);
}

} // namespace Dossier
