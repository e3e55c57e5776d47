#pragma once

#include <QElapsedTimer>
#include <QFuture>
#include <QWidget>

class QCamera;
class QComboBox;
class QImageCapture;
class QLabel;
class QMediaCaptureSession;
class QMediaDevices;
class QPushButton;
class QVideoFrame;
class QVideoWidget;

namespace Dossier {

// The document camera (高拍仪) through Qt Multimedia: a live preview, a page captured on a key (Space), and
// the case chosen by showing its QR label or separator sheet to the camera. Captured pages are written to a
// folder and handed over to be stored and processed like scanned ones.
class CameraPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit CameraPanel(QWidget* parent = nullptr);
    ~CameraPanel() override;

    bool hasCamera() const;
    void setCaptureFolder(const QString& folder);

public Q_SLOTS:
    void capture();
    void refreshDevices();

Q_SIGNALS:
    void pageCaptured(const QString& file);
    void caseShown(const QString& caseNo); // a 案号 read from a QR code in front of the camera

private:
    void startCamera(int index);
    void frameArrived(const QVideoFrame& frame);

    QMediaDevices* m_devices;
    QMediaCaptureSession* m_session;
    QCamera* m_camera = nullptr;
    QImageCapture* m_imageCapture;
    QComboBox* m_deviceBox;
    QVideoWidget* m_video;
    QLabel* m_state;
    QPushButton* m_captureButton;
    QString m_folder;
    int m_count = 0;
    QElapsedTimer m_lastDecode;
    QFuture<QString> m_decoding;
    QString m_lastCase;
};

} // namespace Dossier
