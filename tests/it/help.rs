//! `rijp --help`, the help of each command and the complaints about a command line that
//! cannot be understood: in Dutch by default, in English with `--lang en`.

use assert_cmd::Command;

fn rijp(args: &[&str]) -> (i32, String, String) {
    let output = Command::cargo_bin("rijp")
        .unwrap()
        .env_remove("RIJP_WORKSPACE")
        .args(args)
        .output()
        .unwrap();
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// Help is wrapped to the width of the terminal: sentences are looked for with their spaces
/// and line breaks taken as one space.
fn assert_has(text: &str, sentences: &[&str]) {
    let flat = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
    for sentence in sentences {
        assert!(
            flat(text).contains(&flat(sentence)),
            "‘{sentence}’ missing from:\n{text}"
        );
    }
}

fn assert_lacks(text: &str, words: &[&str]) {
    for word in words {
        assert!(!text.contains(word), "‘{word}’ in:\n{text}");
    }
}

/// clap's own English words, which no Dutch help or complaint may hold.
const CLAP_ENGLISH: [&str; 9] = [
    "Usage",
    "Options",
    "Commands",
    "Arguments",
    "Print help",
    "Print version",
    "[OPTIONS]",
    "error:",
    "For more information",
];

#[test]
fn the_help_is_dutch_by_default() {
    let (code, help, _) = rijp(&["--help"]);
    assert_eq!(code, 0);
    assert_has(
        &help,
        &[
            "Meet en vergelijk de digitale volwassenheid van Nederlandse gemeenten",
            "Gebruik: rijp [OPTIES] [OPDRACHT]",
            "Opdrachten:",
            "Opties:",
            "Vergelijk alle organisaties van een ronde met een benchmark",
            "--workspace <MAP>  De werkmap",
            "-h, --help",
            "Toon de hulp",
            "Toon het versienummer",
            "Voorbeelden:",
        ],
    );
    assert_lacks(&help, &CLAP_ENGLISH);
    // Hidden commands stay hidden.
    assert_lacks(&help, &["record", "generate"]);
}

#[test]
fn the_help_is_english_with_lang_en() {
    let (code, help, _) = rijp(&["--lang", "en", "--help"]);
    assert_eq!(code, 0);
    assert_has(
        &help,
        &[
            "Measure and compare the digital maturity of Dutch municipalities",
            "Usage: rijp [OPTIONS] [COMMAND]",
            "Commands:",
            "Options:",
            "Compare all organisations of a round against a benchmark",
            "--workspace <DIR>  The workspace folder",
            "Print help",
        ],
    );
    assert_lacks(&help, &["Gebruik", "Opties", "Toon de hulp"]);
}

#[test]
fn a_command_help_speaks_the_language_asked_for() {
    let (code, dutch, _) = rijp(&["scores", "--help"]);
    assert_eq!(code, 0);
    assert_has(
        &dutch,
        &[
            "Gebruik: rijp scores [OPTIES]",
            "--round <RONDE>",
            "De ronde (id of naam); de laatste als die ontbreekt",
            "De vorm van de uitvoer: table, csv of json (standaard: table)",
            "rijp scores --round 2024 --benchmark peers --format json",
        ],
    );
    assert_lacks(&dutch, &CLAP_ENGLISH);
    assert_lacks(&dutch, &["possible values", "default:"]);

    let (code, english, _) = rijp(&["scores", "--help", "--lang", "en"]);
    assert_eq!(code, 0);
    assert_has(
        &english,
        &[
            "Usage: rijp scores [OPTIONS]",
            "--round <ROUND>",
            "The round (id or name); the latest when omitted",
            "The output format: table, csv or json (default: table)",
        ],
    );
    assert_lacks(&english, &["De ronde", "Gebruik"]);

    // `rijp help scores` is the same help.
    assert_eq!(rijp(&["help", "scores"]).1, dutch);
    assert_eq!(rijp(&["--lang", "en", "help", "scores"]).1, english);
}

#[test]
fn a_command_line_that_cannot_be_understood_is_explained_in_dutch() {
    let (code, stdout, said) = rijp(&["scores", "--orgz", "a"]);
    assert_eq!(code, 2);
    assert!(stdout.is_empty(), "{stdout}");
    assert_has(
        &said,
        &[
            "fout: onverwacht argument ‘--orgz’",
            "tip: er is een vergelijkbaar argument: ‘--orgs’",
            "Gebruik: rijp scores [OPTIES]",
            "Meer informatie met ‘--help’.",
        ],
    );
    assert_lacks(&said, &CLAP_ENGLISH);

    let (code, _, said) = rijp(&["report"]);
    assert_eq!(code, 2);
    assert_has(
        &said,
        &[
            "deze verplichte argumenten ontbreken:",
            "--out <BESTAND>",
            "Gebruik: rijp report [OPTIES] --out <BESTAND>",
        ],
    );

    let (code, _, said) = rijp(&["--lang", "xx", "scores"]);
    assert_eq!(code, 2);
    assert_has(
        &said,
        &["ongeldige waarde ‘xx’ voor ‘--lang <nl|en>’: onbekende taal ‘xx’: gebruik nl of en"],
    );

    let (code, _, said) = rijp(&["scores", "--format", "xml"]);
    assert_eq!(code, 2);
    assert_has(&said, &["mogelijke waarden: table, csv, json"]);

    let (code, _, said) = rijp(&["--lang", "en", "scoers"]);
    assert_eq!(code, 2);
    assert_has(
        &said,
        &[
            "error: unrecognized command 'scoers'",
            "tip: a similar command exists: 'scores'",
            "Usage: rijp [OPTIONS] [COMMAND]",
            "For more information, try '--help'.",
        ],
    );
}
