package nl.uitzicht.notification;

/** Carries notices to every app node (Redis pub/sub); absent when Redis is not configured. */
interface NoticeRelay {

    void send(UserNotice notice);
}
