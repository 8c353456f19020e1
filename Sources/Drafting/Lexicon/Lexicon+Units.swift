extension Lexicon {
    /// Unit symbols written after a number, to the words a deck shows: "minus 50 C" is degrees Celsius.
    static let unitSymbols: [String: String] = [
        "c": "degrees Celsius", "°c": "degrees Celsius", "ºc": "degrees Celsius", "f": "degrees Fahrenheit",
        "°f": "degrees Fahrenheit", "k": "kelvins", "km": "kilometres", "m": "metres", "cm": "centimetres",
        "mm": "millimetres", "kg": "kilograms", "g": "grams", "mg": "milligrams", "t": "tonnes", "lb": "pounds",
        "lbs": "pounds", "oz": "ounces", "mi": "miles", "ft": "feet", "yd": "yards", "mph": "miles per hour",
        "km/h": "kilometres per hour", "kph": "kilometres per hour", "kmh": "kilometres per hour",
        "m/s": "metres per second", "km/s": "kilometres per second", "ha": "hectares", "sq": "square",
        "l": "litres", "ml": "millilitres", "kw": "kilowatts", "mw": "megawatts", "gw": "gigawatts",
        "kwh": "kilowatt-hours", "hz": "hertz", "khz": "kilohertz", "mhz": "megahertz", "ghz": "gigahertz",
        "v": "volts", "kv": "kilovolts", "w": "watts", "j": "joules", "kj": "kilojoules", "cal": "calories",
        "kcal": "kilocalories", "mb": "megabytes", "gb": "gigabytes", "tb": "terabytes", "kb": "kilobytes",
        "%": "percent", "bn": "billion", "mn": "million", "ly": "light-years", "au": "astronomical units",
        "s": "seconds", "sec": "seconds", "min": "minutes", "h": "hours", "hr": "hours", "hrs": "hours",
    ]

    /// Currency signs before a number.
    static let currencySigns: [Character: String] = ["$": "dollars", "£": "pounds", "€": "euros", "¥": "yen", "₹": "rupees", "₽": "rubles"]

    /// Words of measure: after them a deck keeps "of …" as part of what is measured ("3,705 carats of diamonds").
    static let measureWords = words(
        """
        carat carats kilogram kilograms kilo kilos gram grams tonne tonnes ton tons pound pounds ounce ounces
        metre metres meter meters kilometre kilometres kilometer kilometers centimetre centimetres centimeter
        centimeters millimetre millimetres mile miles foot feet inch inches yard yards acre acres hectare hectares
        litre litres liter liters gallon gallons barrel barrels cubic square percent per_cent percentage degree
        degrees bushel bushels bale bales sack sacks crate crates bottle bottles cup cups head hectolitres
        dollars dollar euros euro yen rubles roubles rupees francs marks pesos yuan pounds_sterling shillings
        light-years light-year parsecs calories joules watts volts tons_of
        """)

    /// Units of time that a count of years, days or hours measures.
    static let durationWords = words(
        "second seconds minute minutes hour hours day days week weeks month months year years decade decades century centuries millennia")

    /// Units of time shorter than a day, the finest a deck's dates go.
    static let durationsBelowADay = words("second seconds minute minutes hour hours")
}
