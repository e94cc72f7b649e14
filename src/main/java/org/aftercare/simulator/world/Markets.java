package org.aftercare.simulator.world;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The seven markets a typical China-based TikTok Shop seller serves, in one table. */
public final class Markets {

    public static final List<Market> ALL = List.of(
            new Market("US", "USD", ZoneId.of("America/New_York"), List.of("en", "es"), 0.34, 1.0,
                    "Los Angeles LAX",
                    List.of("Los Angeles, CA", "Houston, TX", "Chicago, IL", "Brooklyn, NY", "Phoenix, AZ", "Orlando, FL"),
                    List.of("Emily", "Jessica", "Ashley", "Michael", "Chris", "Tyler", "Brianna", "Jasmine", "Kevin"),
                    List.of("Johnson", "Smith", "Williams", "Garcia", "Brown", "Miller", "Davis", "Rodriguez"),
                    "example.com"),
            new Market("GB", "GBP", ZoneId.of("Europe/London"), List.of("en"), 0.16, 0.79,
                    "London Heathrow LHR",
                    List.of("London", "Manchester", "Birmingham", "Leeds", "Glasgow", "Bristol"),
                    List.of("Olivia", "Amelia", "Chloe", "Jack", "Harry", "Liam", "Sophie", "Callum"),
                    List.of("Taylor", "Evans", "Thomas", "Roberts", "Walker", "Wright", "Hughes", "Patel"),
                    "example.co.uk"),
            new Market("DE", "EUR", ZoneId.of("Europe/Berlin"), List.of("de", "en"), 0.15, 0.92,
                    "Leipzig/Halle LEJ",
                    List.of("Berlin", "Hamburg", "München", "Köln", "Frankfurt am Main", "Leipzig"),
                    List.of("Lena", "Anna", "Jana", "Lukas", "Jonas", "Felix", "Katharina", "Tobias"),
                    List.of("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Becker", "Hoffmann", "Wagner"),
                    "example.de"),
            new Market("FR", "EUR", ZoneId.of("Europe/Paris"), List.of("fr"), 0.10, 0.92,
                    "Paris Charles de Gaulle CDG",
                    List.of("Paris", "Lyon", "Marseille", "Toulouse", "Lille", "Nantes"),
                    List.of("Camille", "Léa", "Manon", "Lucas", "Hugo", "Théo", "Chloé", "Julien"),
                    List.of("Martin", "Bernard", "Dubois", "Thomas", "Robert", "Petit", "Durand", "Lefèvre"),
                    "example.fr"),
            new Market("IT", "EUR", ZoneId.of("Europe/Rome"), List.of("it"), 0.08, 0.92,
                    "Milano Malpensa MXP",
                    List.of("Milano", "Roma", "Napoli", "Torino", "Bologna", "Palermo"),
                    List.of("Giulia", "Chiara", "Martina", "Luca", "Marco", "Matteo", "Francesca", "Alessandro"),
                    List.of("Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci"),
                    "example.it"),
            new Market("ES", "EUR", ZoneId.of("Europe/Madrid"), List.of("es"), 0.08, 0.92,
                    "Madrid Barajas MAD",
                    List.of("Madrid", "Barcelona", "Valencia", "Sevilla", "Bilbao", "Zaragoza"),
                    List.of("Lucía", "María", "Paula", "Alejandro", "Pablo", "Javier", "Carmen", "Sergio"),
                    List.of("García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez"),
                    "example.es"),
            new Market("MY", "MYR", ZoneId.of("Asia/Kuala_Lumpur"), List.of("en", "ms", "zh"), 0.09, 4.4,
                    "Kuala Lumpur KLIA",
                    List.of("Kuala Lumpur", "Petaling Jaya", "Johor Bahru", "George Town", "Ipoh", "Shah Alam"),
                    List.of("Nur Aisyah", "Siti", "Muhammad Amir", "Wei Ling", "Jun Hao", "Priya", "Arjun", "Mei Xin"),
                    List.of("Abdullah", "Tan", "Lim", "Wong", "Lee", "Ismail", "Kumar", "Ng"),
                    "example.my"));

    private static final Map<String, Market> BY_COUNTRY = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(Market::country, Function.identity()));

    private Markets() {
    }

    /** The market of a country; an unknown country is served like the US (English, USD). */
    public static Market of(String country) {
        return BY_COUNTRY.getOrDefault(country, ALL.getFirst());
    }
}
