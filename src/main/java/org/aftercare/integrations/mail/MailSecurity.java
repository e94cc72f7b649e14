package org.aftercare.integrations.mail;

/** How a connection to a mail server is protected. NONE is for servers on a trusted network (and tests). */
enum MailSecurity {
    /** TLS from the first byte (IMAPS 993, SMTPS 465). */
    TLS,
    /** Plain connection upgraded with STARTTLS, refused if the server cannot (IMAP 143, submission 587). */
    STARTTLS,
    NONE
}
