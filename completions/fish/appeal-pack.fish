function __appeal-pack_should_offer_completions_for_flags_or_options -a expected_commands
    set -l non_repeating_flags_or_options $argv[2..]
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __appeal-pack_parse_tokens
    test "$commands" = "$expected_commands"; and return $non_repeating_flags_or_options_absent
end

function __appeal-pack_should_offer_completions_for_positional -a expected_commands positional_index_comparison expected_positional_index
    set -l non_repeating_flags_or_options
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __appeal-pack_parse_tokens
    test "$commands" = "$expected_commands" -a \( "$positional_index" "$positional_index_comparison" "$expected_positional_index" \)
end

function __appeal-pack_parse_tokens -S
    set -l unparsed_tokens (__appeal-pack_tokens -pc)
    switch $unparsed_tokens[1]
    case 'appeal-pack'
        __appeal-pack_parse_subcommand 0 'version' 'h/help'
        switch $unparsed_tokens[1]
        case 'triage'
            __appeal-pack_parse_subcommand -r 1 'ledger=' 'config=' 'as-of=' 'actor=' 'v/verbose' 'format=' 'columns=' 'dry-run' 'all' 'denial=+' 'out=' 'templates=' 'no-pdf' 'version' 'h/help'
        case 'list'
            __appeal-pack_parse_subcommand 0 'ledger=' 'config=' 'as-of=' 'actor=' 'v/verbose' 'format=' 'columns=' 'within=' 'status=+' 'contacts' 'out=' 'version' 'h/help'
        case 'record'
            __appeal-pack_parse_subcommand -r 1 'ledger=' 'config=' 'as-of=' 'actor=' 'v/verbose' 'format=' 'columns=' 'dry-run' 'appeal=' 'filed-on=' 'decided-on=' 'outcome=' 'recovered-cents=' 'version' 'h/help'
        case 'help'
            __appeal-pack_parse_subcommand -r 1 'version'
        end
    end
end

function __appeal-pack_tokens
    if test (string split -m 1 -f 1 -- . "$FISH_VERSION") -gt 3
        commandline --tokens-raw $argv
    else
        commandline -o $argv
    end
end

function __appeal-pack_parse_subcommand -S -a positional_count
    argparse -s r -- $argv
    set -l option_specs $argv[2..]
    set -l is_repeating_positional $_flag_r
    set -el _flag_r
    set -a commands $unparsed_tokens[1]
    set positional_index 0
    while true
        set -e unparsed_tokens[1]
        argparse -sn "$commands" $option_specs -- $unparsed_tokens 2> /dev/null
        set unparsed_tokens $argv
        set positional_index (math $positional_index + 1)
        for non_repeating_flag_or_option in $non_repeating_flags_or_options
            if set -ql "_flag_$(string replace -a - _ -- $non_repeating_flag_or_option)"
                set non_repeating_flags_or_options_absent 1
                break
            end
        end
        test (count $unparsed_tokens) -eq 0 -o \( -z "$is_repeating_positional" -a "$positional_index" -gt "$positional_count" \) && break
    end
end

function __appeal-pack_complete_directories
    set -l token (commandline -t)
    string match -- '*/' $token
    set -l subdirs $token*/
    printf %s\n $subdirs
end

function __appeal-pack_custom_completion
    set -x SAP_SHELL fish
    set -x SAP_SHELL_VERSION $FISH_VERSION
    set -l tokens (__appeal-pack_tokens -p)
    if test -z "$(__appeal-pack_tokens -t)"
        set -l index (count (__appeal-pack_tokens -pc))
        set tokens $tokens[..$index] \'\' $tokens[(math $index + 1)..]
    end
    command $tokens[1] $argv $tokens
end

complete -c 'appeal-pack' -f
complete -c 'appeal-pack' -n '__appeal-pack_should_offer_completions_for_flags_or_options "appeal-pack" version' -l 'version' -d 'Show the version.'
complete -c 'appeal-pack' -n '__appeal-pack_should_offer_completions_for_flags_or_options "appeal-pack" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'appeal-pack' -n '__appeal-pack_should_offer_completions_for_positional "appeal-pack" -eq 1' -fa 'triage' -d 'Triage denials into appeal records, with packets (the default subcommand).'
complete -c 'appeal-pack' -n '__appeal-pack_should_offer_completions_for_positional "appeal-pack" -eq 1' -fa 'list' -d 'List the appeals to file and their deadlines; writes nothing.'
complete -c 'appeal-pack' -n '__appeal-pack_should_offer_completions_for_positional "appeal-pack" -eq 1' -fa 'record' -d 'Record the filing and outcome of appeals (events on the appeal records).'
complete -c 'appeal-pack' -n '__appeal-pack_should_offer_completions_for_positional "appeal-pack" -eq 1' -fa 'help' -d 'Show subcommand help information.'
complete -c 'appeal-pack' -n '__appeal-pack_should_offer_completions_for_flags_or_options "appeal-pack triage" ledger' -l 'ledger' -d 'The ledger file.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'sqlite\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'appeal-pack' -n '__appeal-pack_should_offer_completions_for_flags_or_options "appeal-pack triage" config' -l 'config' -d 'The clinic\'s config file.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'json\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'appeal-pack' -n '__appeal-pack_should_offer_completions_for_flags_or_options "appeal-pack triage" as-of' -l 'as-of' -d 'Reason as of this date (YYYY-MM-DD) or instant (RFC 3339).' -rfka ''
complete -c 'appeal-pack' -n '__appeal-pack_should_offer_completions_for_flags_or_options "appeal-pack triage" actor' -l 'actor' -d 'Who records the change (default: the login name).' -rfka ''
complete -c 'appeal-pack' -n '__appeal-pack_should_offer_completions_for_flags_or_options "appeal-pack triage" v verbose' -l 'verbose' -s 'v' -d 'Say more on stderr: summaries, resolved paths, error details.'
complete -c 'appeal-pack' -n '__appeal-pack_should_offer_completions_for_flags_or_options "appeal-pack triage" format' -l 'format' -d 'Output format: table, ndjson, csv or json (default: table on a terminal, else ndjson).' -rfka 'table ndjson csv json'
complete -c 'appeal-pack' -n '__appeal-pack_should_offer_completions_for_flags_or_options "appeal-pack triage" columns' -l 'columns' -d 'Columns for table and CSV, in this order: the output\'s field names, dotted for nested fields (contacts.phone).' -rfka ''
complete -c 'appeal-pack' -n '__appeal-pack_should_offer_completions_for_flags_or_options "appeal-pack triage" dry-run' -l 'dry-run' -d 'Check everything and say what would change, but write nothing.'
complete -c 'appeal-pack' -n '__appeal-pack_should_offer_completions_for_flags_or_options "appeal-pack triage" all' -l 'all' -d 'Every open denial in the ledger.'
complete -c 'appeal-pack' -n '__appeal-pack_should_offer_completions_for_flags_or_options "appeal-pack triage"' -l 'denial' -d 'This denial (repeatable).' -rfka ''
complete -c 'appeal-pack' -n '__appeal-pack_should_offer_completions_for_flags_or_options "appeal-pack triage" out' -l 'out' -d 'Write a packet per denial into this folder.' -rfa '(__appeal-pack_complete_directories)'
complete -c 'appeal-pack' -n '__appeal-pack_should_offer_completions_for_flags_or_options "appeal-pack triage" templates' -l 'templates' -d 'Folder of letter templates that override the shipped ones.' -rfa '(__appeal-pack_complete_directories)'
complete -c 'appeal-pack' -n '__appeal-pack_should_offer_completions_for_flags_or_options "appeal-pack triage" no-pdf' -l 'no-pdf' -d 'Do not look for a PDF tool; the packet keeps letter.html to print.'
complete -c 'appeal-pack' -n '__appeal-pack_should_offer_completions_for_positional "appeal-pack triage" -ge 1' -fa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'ndjson\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'appeal-pack' -n '__appeal-pack_should_offer_completions_for_flags_or_options "appeal-pack triage" version' -l 'version' -d 'Show the version.'
complete -c 'appeal-pack' -n '__appeal-pack_should_offer_completions_for_flags_or_options "appeal-pack triage" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'appeal-pack' -n '__appeal-pack_should_offer_completions_for_flags_or_options "appeal-pack list" ledger' -l 'ledger' -d 'The ledger file.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'sqlite\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'appeal-pack' -n '__appeal-pack_should_offer_completions_for_flags_or_options "appeal-pack list" config' -l 'config' -d 'The clinic\'s config file.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'json\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'appeal-pack' -n '__appeal-pack_should_offer_completions_for_flags_or_options "appeal-pack list" as-of' -l 'as-of' -d 'Reason as of this date (YYYY-MM-DD) or instant (RFC 3339).' -rfka ''
complete -c 'appeal-pack' -n '__appeal-pack_should_offer_completions_for_flags_or_options "appeal-pack list" actor' -l 'actor' -d 'Who records the change (default: the login name).' -rfka ''
complete -c 'appeal-pack' -n '__appeal-pack_should_offer_completions_for_flags_or_options "appeal-pack list" v verbose' -l 'verbose' -s 'v' -d 'Say more on stderr: summaries, resolved paths, error details.'
complete -c 'appeal-pack' -n '__appeal-pack_should_offer_completions_for_flags_or_options "appeal-pack list" format' -l 'format' -d 'Output format: table, ndjson, csv or json (default: table on a terminal, else ndjson).' -rfka 'table ndjson csv json'
complete -c 'appeal-pack' -n '__appeal-pack_should_offer_completions_for_flags_or_options "appeal-pack list" columns' -l 'columns' -d 'Columns for table and CSV, in this order: the output\'s field names, dotted for nested fields (contacts.phone).' -rfka ''
complete -c 'appeal-pack' -n '__appeal-pack_should_offer_completions_for_flags_or_options "appeal-pack list" within' -l 'within' -d 'Look-ahead: appeals due within this many days; past deadlines always.' -rfka ''
complete -c 'appeal-pack' -n '__appeal-pack_should_offer_completions_for_flags_or_options "appeal-pack list"' -l 'status' -d 'Only these statuses (repeatable or comma-separated; default preparing and missed).' -rfka 'preparing filed won partial lost withdrawn missed lapsed'
complete -c 'appeal-pack' -n '__appeal-pack_should_offer_completions_for_flags_or_options "appeal-pack list" contacts' -l 'contacts' -d 'Add a contacts object to each row: patient, phone, channel, do_not_contact, payer lines, member id, auth and claim numbers (PHI).'
complete -c 'appeal-pack' -n '__appeal-pack_should_offer_completions_for_flags_or_options "appeal-pack list" out' -l 'out' -d 'Write the list to this file (mode 0600, 0660 for a group ledger) instead of stdout.' -rF
complete -c 'appeal-pack' -n '__appeal-pack_should_offer_completions_for_flags_or_options "appeal-pack list" version' -l 'version' -d 'Show the version.'
complete -c 'appeal-pack' -n '__appeal-pack_should_offer_completions_for_flags_or_options "appeal-pack list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'appeal-pack' -n '__appeal-pack_should_offer_completions_for_flags_or_options "appeal-pack record" ledger' -l 'ledger' -d 'The ledger file.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'sqlite\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'appeal-pack' -n '__appeal-pack_should_offer_completions_for_flags_or_options "appeal-pack record" config' -l 'config' -d 'The clinic\'s config file.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'json\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'appeal-pack' -n '__appeal-pack_should_offer_completions_for_flags_or_options "appeal-pack record" as-of' -l 'as-of' -d 'Reason as of this date (YYYY-MM-DD) or instant (RFC 3339).' -rfka ''
complete -c 'appeal-pack' -n '__appeal-pack_should_offer_completions_for_flags_or_options "appeal-pack record" actor' -l 'actor' -d 'Who records the change (default: the login name).' -rfka ''
complete -c 'appeal-pack' -n '__appeal-pack_should_offer_completions_for_flags_or_options "appeal-pack record" v verbose' -l 'verbose' -s 'v' -d 'Say more on stderr: summaries, resolved paths, error details.'
complete -c 'appeal-pack' -n '__appeal-pack_should_offer_completions_for_flags_or_options "appeal-pack record" format' -l 'format' -d 'Output format: table, ndjson, csv or json (default: table on a terminal, else ndjson).' -rfka 'table ndjson csv json'
complete -c 'appeal-pack' -n '__appeal-pack_should_offer_completions_for_flags_or_options "appeal-pack record" columns' -l 'columns' -d 'Columns for table and CSV, in this order: the output\'s field names, dotted for nested fields (contacts.phone).' -rfka ''
complete -c 'appeal-pack' -n '__appeal-pack_should_offer_completions_for_flags_or_options "appeal-pack record" dry-run' -l 'dry-run' -d 'Check everything and say what would change, but write nothing.'
complete -c 'appeal-pack' -n '__appeal-pack_should_offer_completions_for_flags_or_options "appeal-pack record" appeal' -l 'appeal' -d 'The appeal to update.' -rfka ''
complete -c 'appeal-pack' -n '__appeal-pack_should_offer_completions_for_flags_or_options "appeal-pack record" filed-on' -l 'filed-on' -d 'The day the appeal was filed.' -rfka ''
complete -c 'appeal-pack' -n '__appeal-pack_should_offer_completions_for_flags_or_options "appeal-pack record" decided-on' -l 'decided-on' -d 'The day the payer decided.' -rfka ''
complete -c 'appeal-pack' -n '__appeal-pack_should_offer_completions_for_flags_or_options "appeal-pack record" outcome' -l 'outcome' -d 'won, partial, lost or withdrawn.' -rfka 'won partial lost withdrawn'
complete -c 'appeal-pack' -n '__appeal-pack_should_offer_completions_for_flags_or_options "appeal-pack record" recovered-cents' -l 'recovered-cents' -d 'Amount recovered, in cents.' -rfka ''
complete -c 'appeal-pack' -n '__appeal-pack_should_offer_completions_for_positional "appeal-pack record" -ge 1' -fa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'ndjson\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'appeal-pack' -n '__appeal-pack_should_offer_completions_for_flags_or_options "appeal-pack record" version' -l 'version' -d 'Show the version.'
complete -c 'appeal-pack' -n '__appeal-pack_should_offer_completions_for_flags_or_options "appeal-pack record" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'appeal-pack' -n '__appeal-pack_should_offer_completions_for_flags_or_options "appeal-pack help" version' -l 'version' -d 'Show the version.'
