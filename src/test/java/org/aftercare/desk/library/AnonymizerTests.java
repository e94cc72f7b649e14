package org.aftercare.desk.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.aftercare.desk.KnownPersonalData;
import org.junit.jupiter.api.Test;

/** Real-looking conversations in every buyer language: nothing personal survives, the words that teach do. */
class AnonymizerTests {

    private static String anonymize(String text, KnownPersonalData known) {
        return Anonymizer.anonymize(text, known);
    }

    private static KnownPersonalData known(List<String> names, List<String> address, List<String> phones,
                                           List<String> emails, List<String> orders, List<String> tracking) {
        return new KnownPersonalData(names, address, phones, emails, orders, tracking);
    }

    @Test
    void english() {
        KnownPersonalData known = known(List.of("Anna Whitfield"), List.of("14 Rosemary Lane", "Leeds LS6 2QA"),
                List.of("+44 7700 900123"), List.of("anna.w@example.co.uk"), List.of("576461234567891234"),
                List.of("YT2412345678901"));
        String text = anonymize("""
                Hi there, this is Anna Whitfield. My order 576461234567891234 still hasn't arrived and the tracking
                YT2412345678901 has been stuck in Leipzig for 9 days. I'm at 14 Rosemary Lane, LS6 2QA, call me on
                07700 900123 or email anna.w@example.co.uk. If nothing happens I'll open a dispute.
                Thanks,
                Anna""", known);

        assertThat(text).doesNotContain("Anna", "Whitfield", "576461234567891234", "YT2412345678901", "Rosemary",
                "LS6", "2QA", "07700", "900123", "example.co.uk");
        assertThat(text).contains("[NAME]", "[ORDER]", "[TRACKING]", "[ADDRESS]", "[PHONE]", "[EMAIL]")
                .contains("still hasn't arrived", "stuck in Leipzig for 9 days", "open a dispute", "Thanks");
    }

    @Test
    void englishAgentReplyWithAGreetingTheDeskWasNotToldAbout() {
        String text = anonymize("""
                Hi Tom,
                I'm so sorry about the cracked lamp. Could you send us 1-2 photos? We will replace it.
                Kind regards,
                Lisa Chen""", KnownPersonalData.none());

        assertThat(text).startsWith("Hi [NAME],").endsWith("Kind regards,\n[NAME]")
                .contains("cracked lamp", "1-2 photos", "We will replace it")
                .doesNotContain("Tom", "Lisa", "Chen");
    }

    @Test
    void german() {
        KnownPersonalData known = known(List.of("Jürgen Müller"), List.of("Lindenstraße 23", "10115 Berlin"),
                List.of("+49 151 23456789"), List.of(), List.of("577001234567890011"), List.of());
        String text = anonymize("""
                Sehr geehrter Herr Müller,
                vielen Dank für Ihre Nachricht. Ihre Bestellung 577001234567890011 wurde laut DHL an die
                Lindenstr. 23 zugestellt. Die Sendungsnummer lautet JJD000390012345678.
                Mit freundlichen Grüßen
                Katrin Vogel""", known);
        String buyer = anonymize("""
                Hallo, hier ist Jürgen. Ich war den ganzen Tag zuhause in der Lindenstraße 23, 10115 Berlin!
                Rufen Sie mich an: 0151 2345 6789 oder juergen.mueller@web.de. Sonst gehe ich zum Anwalt.""", known);

        assertThat(text).doesNotContain("Müller", "577001234567890011", "Lindenstr", "JJD000390012345678", "Katrin",
                "Vogel");
        assertThat(text).contains("Sehr geehrter Herr [NAME],", "vielen Dank für Ihre Nachricht", "zugestellt",
                "Sendungsnummer", "Mit freundlichen Grüßen");
        assertThat(buyer).doesNotContain("Jürgen", "Lindenstraße", "10115", "0151", "6789", "juergen", "web.de")
                .contains("den ganzen Tag zuhause", "Sonst gehe ich zum Anwalt", "[PHONE]", "[EMAIL]");
    }

    @Test
    void french() {
        KnownPersonalData known = known(List.of("Camille Durand"), List.of("12 rue des Lilas", "69003 Lyon"),
                List.of("06 12 34 56 78"), List.of("camille.durand@orange.fr"), List.of("578123456789012345"),
                List.of("6A12345678901"));
        String text = anonymize("""
                Bonjour Madame Durand,
                nous sommes désolés que le colis 6A12345678901 soit arrivé abîmé. Pouvez-vous confirmer l’adresse
                12 rue des Lilas, 69003 Lyon et le numéro 06 12 34 56 78 ? Nous vous proposons un échange.
                Cordialement,
                Julien""", known);

        assertThat(text).doesNotContain("Durand", "6A12345678901", "Lilas", "69003", "06 12", "Julien")
                .contains("Bonjour Madame [NAME],", "arrivé abîmé", "Nous vous proposons un échange", "Cordialement");
    }

    @Test
    void italian() {
        String text = anonymize("""
                Ciao Giulia, ci dispiace per il ritardo. Il pacco con tracking LX123456789IT è fermo a Milano.
                Puoi confermare l'indirizzo Via Giuseppe Garibaldi, 10 e il numero 347 123 4567?
                Un saluto,
                Marco""", KnownPersonalData.none());

        assertThat(text).doesNotContain("Giulia", "LX123456789IT", "Garibaldi", "347", "Marco")
                .contains("Ciao [NAME],", "ci dispiace per il ritardo", "è fermo a Milano", "Un saluto");
    }

    @Test
    void spanish() {
        KnownPersonalData known = known(List.of("Lucía Fernández"), List.of("Calle Mayor 5, 3º B", "28013 Madrid"),
                List.of(), List.of(), List.of(), List.of());
        String text = anonymize("""
                Hola Lucía, sentimos mucho que la talla no te quede bien. Tu pedido n.º 579000111222333444 se envió a
                Calle Mayor 5, 3º B, 28013 Madrid. Si quieres, escríbenos a soporte@tienda.es o llama al 612 345 678.
                Un saludo,
                Equipo de atención""", known);

        assertThat(text).doesNotContain("Lucía", "Fernández", "579000111222333444", "Mayor 5", "28013", "soporte@",
                "612 345 678")
                .contains("Hola [NAME],", "sentimos mucho que la talla no te quede bien", "Un saludo");
    }

    @Test
    void chinese() {
        KnownPersonalData known = known(List.of("王丽"), List.of("上海市浦东新区世纪大道100号5楼"),
                List.of("13800138000"), List.of(), List.of("576461234567891234"), List.of());
        String text = anonymize("""
                王女士您好，我叫王丽，订单576461234567891234还没到，地址是上海市浦东新区世纪大道100号5楼，
                电话138 0013 8000，快递单号SF1234567890123。颜色也和图片不一样。""", known);

        assertThat(text).doesNotContain("王丽", "王女士", "576461234567891234", "世纪大道", "138 0013 8000",
                "SF1234567890123")
                .contains("您好", "还没到", "颜色也和图片不一样", "[NAME]", "[ORDER]", "[ADDRESS]", "[PHONE]",
                        "[TRACKING]");
    }

    @Test
    void ordinaryWordsNumbersAndDatesSurvive() {
        String text = anonymize("""
                Hi team, the cushion cover in size XL is 2 cm too short and the colour is darker than on the photo.
                I ordered on 01.12.2026, paid 24,90 € and waited 10 days. Hallo zusammen, die Farbe ist zu dunkel.
                Merci beaucoup ! Grazie mille. Gracias por todo.""", KnownPersonalData.none());

        assertThat(text).isEqualTo("""
                Hi team, the cushion cover in size XL is 2 cm too short and the colour is darker than on the photo.
                I ordered on 01.12.2026, paid 24,90 € and waited 10 days. Hallo zusammen, die Farbe ist zu dunkel.
                Merci beaucoup ! Grazie mille. Gracias por todo.""");
    }
}
