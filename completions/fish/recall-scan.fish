function __recall-scan_should_offer_completions_for_flags_or_options -a expected_commands
    set -l non_repeating_flags_or_options $argv[2..]
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __recall-scan_parse_tokens
    test "$commands" = "$expected_commands"; and return $non_repeating_flags_or_options_absent
end

function __recall-scan_should_offer_completions_for_positional -a expected_commands positional_index_comparison expected_positional_index
    set -l non_repeating_flags_or_options
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __recall-scan_parse_tokens
    test "$commands" = "$expected_commands" -a \( "$positional_index" "$positional_index_comparison" "$expected_positional_index" \)
end

function __recall-scan_parse_tokens -S
    set -l unparsed_tokens (__recall-scan_tokens -pc)
    switch $unparsed_tokens[1]
    case 'recall-scan'
        __recall-scan_parse_subcommand 0 'version' 'h/help'
        switch $unparsed_tokens[1]
        case 'list'
            __recall-scan_parse_subcommand 0 'ledger=' 'config=' 'as-of=' 'actor=' 'v/verbose' 'format=' 'columns=' 'within=' 'include-scheduled' 'patient=+' 'reason=+' 'contacts' 'out=' 'version' 'h/help'
        case 'log'
            __recall-scan_parse_subcommand -r 1 'ledger=' 'config=' 'as-of=' 'actor=' 'v/verbose' 'format=' 'columns=' 'dry-run' 'patient=' 'channel=' 'result=' 'purpose=' 'date=' 'version' 'h/help'
        case 'fill'
            __recall-scan_parse_subcommand -r 1 'ledger=' 'config=' 'as-of=' 'actor=' 'v/verbose' 'format=' 'columns=' 'dry-run' 'slot=+' 'book' 'version' 'h/help'
        case 'help'
            __recall-scan_parse_subcommand -r 1 'version'
        end
    end
end

function __recall-scan_tokens
    if test (string split -m 1 -f 1 -- . "$FISH_VERSION") -gt 3
        commandline --tokens-raw $argv
    else
        commandline -o $argv
    end
end

function __recall-scan_parse_subcommand -S -a positional_count
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

function __recall-scan_complete_directories
    set -l token (commandline -t)
    string match -- '*/' $token
    set -l subdirs $token*/
    printf %s\n $subdirs
end

function __recall-scan_custom_completion
    set -x SAP_SHELL fish
    set -x SAP_SHELL_VERSION $FISH_VERSION
    set -l tokens (__recall-scan_tokens -p)
    if test -z "$(__recall-scan_tokens -t)"
        set -l index (count (__recall-scan_tokens -pc))
        set tokens $tokens[..$index] \'\' $tokens[(math $index + 1)..]
    end
    command $tokens[1] $argv $tokens
end

complete -c 'recall-scan' -f
complete -c 'recall-scan' -n '__recall-scan_should_offer_completions_for_flags_or_options "recall-scan" version' -l 'version' -d 'Show the version.'
complete -c 'recall-scan' -n '__recall-scan_should_offer_completions_for_flags_or_options "recall-scan" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'recall-scan' -n '__recall-scan_should_offer_completions_for_positional "recall-scan" -eq 1' -fa 'list' -d 'List patients due or overdue for a visit (the default).'
complete -c 'recall-scan' -n '__recall-scan_should_offer_completions_for_positional "recall-scan" -eq 1' -fa 'log' -d 'Record outreach attempts (outreach records).'
complete -c 'recall-scan' -n '__recall-scan_should_offer_completions_for_positional "recall-scan" -eq 1' -fa 'fill' -d 'Propose waitlisted patients for open slots (offer records); --book books them.'
complete -c 'recall-scan' -n '__recall-scan_should_offer_completions_for_positional "recall-scan" -eq 1' -fa 'help' -d 'Show subcommand help information.'
complete -c 'recall-scan' -n '__recall-scan_should_offer_completions_for_flags_or_options "recall-scan list" ledger' -l 'ledger' -d 'The ledger file.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'sqlite\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'recall-scan' -n '__recall-scan_should_offer_completions_for_flags_or_options "recall-scan list" config' -l 'config' -d 'The clinic\'s config file.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'json\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'recall-scan' -n '__recall-scan_should_offer_completions_for_flags_or_options "recall-scan list" as-of' -l 'as-of' -d 'Reason as of this date (YYYY-MM-DD) or instant (RFC 3339).' -rfka ''
complete -c 'recall-scan' -n '__recall-scan_should_offer_completions_for_flags_or_options "recall-scan list" actor' -l 'actor' -d 'Who records the change (default: the login name).' -rfka ''
complete -c 'recall-scan' -n '__recall-scan_should_offer_completions_for_flags_or_options "recall-scan list" v verbose' -l 'verbose' -s 'v' -d 'Say more on stderr: summaries, resolved paths, error details.'
complete -c 'recall-scan' -n '__recall-scan_should_offer_completions_for_flags_or_options "recall-scan list" format' -l 'format' -d 'Output format: table, ndjson, csv or json (default: table on a terminal, else ndjson).' -rfka 'table ndjson csv json'
complete -c 'recall-scan' -n '__recall-scan_should_offer_completions_for_flags_or_options "recall-scan list" columns' -l 'columns' -d 'Columns for table and CSV, in this order: the output\'s field names, dotted for nested fields (contacts.phone).' -rfka ''
complete -c 'recall-scan' -n '__recall-scan_should_offer_completions_for_flags_or_options "recall-scan list" within' -l 'within' -d 'Look-ahead: list what falls due within this many days (default 14).' -rfka ''
complete -c 'recall-scan' -n '__recall-scan_should_offer_completions_for_flags_or_options "recall-scan list" include-scheduled' -l 'include-scheduled' -d 'Also list reasons a future appointment satisfies, marked scheduled.'
complete -c 'recall-scan' -n '__recall-scan_should_offer_completions_for_flags_or_options "recall-scan list"' -l 'patient' -d 'Only this patient (repeatable).' -rfka ''
complete -c 'recall-scan' -n '__recall-scan_should_offer_completions_for_flags_or_options "recall-scan list"' -l 'reason' -d 'Only this reason (repeatable).' -rfka 'opioid_follow_up procedure_follow_up repeat_evaluation scs_follow_up pump_refill patient_interval rebook referral'
complete -c 'recall-scan' -n '__recall-scan_should_offer_completions_for_flags_or_options "recall-scan list" contacts' -l 'contacts' -d 'Add a contacts object to each row: patient, phone, channel, do_not_contact, payer lines, member id, auth and claim numbers (PHI).'
complete -c 'recall-scan' -n '__recall-scan_should_offer_completions_for_flags_or_options "recall-scan list" out' -l 'out' -d 'Write the list to this file (mode 0600, 0660 for a group ledger) instead of stdout.' -rF
complete -c 'recall-scan' -n '__recall-scan_should_offer_completions_for_flags_or_options "recall-scan list" version' -l 'version' -d 'Show the version.'
complete -c 'recall-scan' -n '__recall-scan_should_offer_completions_for_flags_or_options "recall-scan list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'recall-scan' -n '__recall-scan_should_offer_completions_for_flags_or_options "recall-scan log" ledger' -l 'ledger' -d 'The ledger file.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'sqlite\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'recall-scan' -n '__recall-scan_should_offer_completions_for_flags_or_options "recall-scan log" config' -l 'config' -d 'The clinic\'s config file.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'json\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'recall-scan' -n '__recall-scan_should_offer_completions_for_flags_or_options "recall-scan log" as-of' -l 'as-of' -d 'Reason as of this date (YYYY-MM-DD) or instant (RFC 3339).' -rfka ''
complete -c 'recall-scan' -n '__recall-scan_should_offer_completions_for_flags_or_options "recall-scan log" actor' -l 'actor' -d 'Who records the change (default: the login name).' -rfka ''
complete -c 'recall-scan' -n '__recall-scan_should_offer_completions_for_flags_or_options "recall-scan log" v verbose' -l 'verbose' -s 'v' -d 'Say more on stderr: summaries, resolved paths, error details.'
complete -c 'recall-scan' -n '__recall-scan_should_offer_completions_for_flags_or_options "recall-scan log" format' -l 'format' -d 'Output format: table, ndjson, csv or json (default: table on a terminal, else ndjson).' -rfka 'table ndjson csv json'
complete -c 'recall-scan' -n '__recall-scan_should_offer_completions_for_flags_or_options "recall-scan log" columns' -l 'columns' -d 'Columns for table and CSV, in this order: the output\'s field names, dotted for nested fields (contacts.phone).' -rfka ''
complete -c 'recall-scan' -n '__recall-scan_should_offer_completions_for_flags_or_options "recall-scan log" dry-run' -l 'dry-run' -d 'Check everything and say what would change, but write nothing.'
complete -c 'recall-scan' -n '__recall-scan_should_offer_completions_for_flags_or_options "recall-scan log" patient' -l 'patient' -d 'The patient reached for.' -rfka ''
complete -c 'recall-scan' -n '__recall-scan_should_offer_completions_for_flags_or_options "recall-scan log" channel' -l 'channel' -d 'How: phone, sms, email, mail or portal.' -rfka 'phone sms email mail portal'
complete -c 'recall-scan' -n '__recall-scan_should_offer_completions_for_flags_or_options "recall-scan log" result' -l 'result' -d 'What happened: reached, voicemail, no_answer, scheduled, declined, bad_number or letter_sent.' -rfka 'reached voicemail no_answer scheduled declined bad_number letter_sent'
complete -c 'recall-scan' -n '__recall-scan_should_offer_completions_for_flags_or_options "recall-scan log" purpose' -l 'purpose' -d 'Why: recall (default), uds, records, intake or waitlist.' -rfka 'recall uds records intake waitlist'
complete -c 'recall-scan' -n '__recall-scan_should_offer_completions_for_flags_or_options "recall-scan log" date' -l 'date' -d 'The day of the attempt (default: the --as-of date).' -rfka ''
complete -c 'recall-scan' -n '__recall-scan_should_offer_completions_for_positional "recall-scan log" -ge 1' -fa '(set -l exts \'ndjson\' \'jsonl\';for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.{$exts};printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'recall-scan' -n '__recall-scan_should_offer_completions_for_flags_or_options "recall-scan log" version' -l 'version' -d 'Show the version.'
complete -c 'recall-scan' -n '__recall-scan_should_offer_completions_for_flags_or_options "recall-scan log" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'recall-scan' -n '__recall-scan_should_offer_completions_for_flags_or_options "recall-scan fill" ledger' -l 'ledger' -d 'The ledger file.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'sqlite\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'recall-scan' -n '__recall-scan_should_offer_completions_for_flags_or_options "recall-scan fill" config' -l 'config' -d 'The clinic\'s config file.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'json\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'recall-scan' -n '__recall-scan_should_offer_completions_for_flags_or_options "recall-scan fill" as-of' -l 'as-of' -d 'Reason as of this date (YYYY-MM-DD) or instant (RFC 3339).' -rfka ''
complete -c 'recall-scan' -n '__recall-scan_should_offer_completions_for_flags_or_options "recall-scan fill" actor' -l 'actor' -d 'Who records the change (default: the login name).' -rfka ''
complete -c 'recall-scan' -n '__recall-scan_should_offer_completions_for_flags_or_options "recall-scan fill" v verbose' -l 'verbose' -s 'v' -d 'Say more on stderr: summaries, resolved paths, error details.'
complete -c 'recall-scan' -n '__recall-scan_should_offer_completions_for_flags_or_options "recall-scan fill" format' -l 'format' -d 'Output format: table, ndjson, csv or json (default: table on a terminal, else ndjson).' -rfka 'table ndjson csv json'
complete -c 'recall-scan' -n '__recall-scan_should_offer_completions_for_flags_or_options "recall-scan fill" columns' -l 'columns' -d 'Columns for table and CSV, in this order: the output\'s field names, dotted for nested fields (contacts.phone).' -rfka ''
complete -c 'recall-scan' -n '__recall-scan_should_offer_completions_for_flags_or_options "recall-scan fill" dry-run' -l 'dry-run' -d 'Check everything and say what would change, but write nothing.'
complete -c 'recall-scan' -n '__recall-scan_should_offer_completions_for_flags_or_options "recall-scan fill"' -l 'slot' -d 'A slot in the ledger to fill (repeatable); else slots are read from input.' -rfka ''
complete -c 'recall-scan' -n '__recall-scan_should_offer_completions_for_flags_or_options "recall-scan fill" book' -l 'book' -d 'Book the first-ranked patient of each slot.'
complete -c 'recall-scan' -n '__recall-scan_should_offer_completions_for_positional "recall-scan fill" -ge 1' -fa '(set -l exts \'ndjson\' \'jsonl\';for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.{$exts};printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'recall-scan' -n '__recall-scan_should_offer_completions_for_flags_or_options "recall-scan fill" version' -l 'version' -d 'Show the version.'
complete -c 'recall-scan' -n '__recall-scan_should_offer_completions_for_flags_or_options "recall-scan fill" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'recall-scan' -n '__recall-scan_should_offer_completions_for_flags_or_options "recall-scan help" version' -l 'version' -d 'Show the version.'
