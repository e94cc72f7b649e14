package org.aftercare.evidence;

/**
 * A file is not taken into the archive, or an item may not be purged; the message names the file and
 * the reason ("photo.jpg is empty", "label.png is named like image/png but its content is
 * application/pdf", "… is under legal hold by case …"). Nothing was stored. The API answers 400 for
 * uploads and 409 for refused purges.
 */
public class EvidenceRefused extends IllegalArgumentException {

    public EvidenceRefused(String message) {
        super(message);
    }
}
