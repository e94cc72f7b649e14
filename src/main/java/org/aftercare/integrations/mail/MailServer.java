package org.aftercare.integrations.mail;

/**
 * Where and as whom a mailbox connects: its IMAP server for intake, its SMTP server for replies.
 *
 * @param user the login; null on an SMTP server that needs none
 */
record MailServer(String host, int port, MailSecurity security, String user) {

    @Override
    public String toString() {
        return host + ":" + port + " (" + security + ")";
    }
}
