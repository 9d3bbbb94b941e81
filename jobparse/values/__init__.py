"""Pure parsers for the values found in adverts: dates, money, bands, postcodes, contracts."""
