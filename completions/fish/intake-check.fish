function __intake-check_should_offer_completions_for_flags_or_options -a expected_commands
    set -l non_repeating_flags_or_options $argv[2..]
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __intake-check_parse_tokens
    test "$commands" = "$expected_commands"; and return $non_repeating_flags_or_options_absent
end

function __intake-check_should_offer_completions_for_positional -a expected_commands positional_index_comparison expected_positional_index
    set -l non_repeating_flags_or_options
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __intake-check_parse_tokens
    test "$commands" = "$expected_commands" -a \( "$positional_index" "$positional_index_comparison" "$expected_positional_index" \)
end

function __intake-check_parse_tokens -S
    set -l unparsed_tokens (__intake-check_tokens -pc)
    switch $unparsed_tokens[1]
    case 'intake-check'
        __intake-check_parse_subcommand 0 'version' 'h/help'
        switch $unparsed_tokens[1]
        case 'list'
            __intake-check_parse_subcommand 0 'ledger=' 'config=' 'as-of=' 'actor=' 'v/verbose' 'format=' 'columns=' 'follow-up-days=' 'verified-within=' 'patient=' 'contacts' 'out=' 'version' 'h/help'
        case 'advance'
            __intake-check_parse_subcommand -r 1 'ledger=' 'config=' 'as-of=' 'actor=' 'v/verbose' 'format=' 'columns=' 'dry-run' 'referral=' 'to=' 'on=' 'force' 'version' 'h/help'
        case 'help'
            __intake-check_parse_subcommand -r 1 'version'
        end
    end
end

function __intake-check_tokens
    if test (string split -m 1 -f 1 -- . "$FISH_VERSION") -gt 3
        commandline --tokens-raw $argv
    else
        commandline -o $argv
    end
end

function __intake-check_parse_subcommand -S -a positional_count
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

function __intake-check_complete_directories
    set -l token (commandline -t)
    string match -- '*/' $token
    set -l subdirs $token*/
    printf %s\n $subdirs
end

function __intake-check_custom_completion
    set -x SAP_SHELL fish
    set -x SAP_SHELL_VERSION $FISH_VERSION
    set -l tokens (__intake-check_tokens -p)
    if test -z "$(__intake-check_tokens -t)"
        set -l index (count (__intake-check_tokens -pc))
        set tokens $tokens[..$index] \'\' $tokens[(math $index + 1)..]
    end
    command $tokens[1] $argv $tokens
end

complete -c 'intake-check' -f
complete -c 'intake-check' -n '__intake-check_should_offer_completions_for_flags_or_options "intake-check" version' -l 'version' -d 'Show the version.'
complete -c 'intake-check' -n '__intake-check_should_offer_completions_for_flags_or_options "intake-check" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'intake-check' -n '__intake-check_should_offer_completions_for_positional "intake-check" -eq 1' -fa 'list' -d 'List open referrals and what each needs (the default subcommand).'
complete -c 'intake-check' -n '__intake-check_should_offer_completions_for_positional "intake-check" -eq 1' -fa 'advance' -d 'Record a referral\'s step (an update event on the referral).'
complete -c 'intake-check' -n '__intake-check_should_offer_completions_for_positional "intake-check" -eq 1' -fa 'help' -d 'Show subcommand help information.'
complete -c 'intake-check' -n '__intake-check_should_offer_completions_for_flags_or_options "intake-check list" ledger' -l 'ledger' -d 'The ledger file.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'sqlite\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'intake-check' -n '__intake-check_should_offer_completions_for_flags_or_options "intake-check list" config' -l 'config' -d 'The clinic\'s config file.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'json\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'intake-check' -n '__intake-check_should_offer_completions_for_flags_or_options "intake-check list" as-of' -l 'as-of' -d 'Reason as of this date (YYYY-MM-DD) or instant (RFC 3339).' -rfka ''
complete -c 'intake-check' -n '__intake-check_should_offer_completions_for_flags_or_options "intake-check list" actor' -l 'actor' -d 'Who records the change (default: the login name).' -rfka ''
complete -c 'intake-check' -n '__intake-check_should_offer_completions_for_flags_or_options "intake-check list" v verbose' -l 'verbose' -s 'v' -d 'Say more on stderr: summaries, resolved paths, error details.'
complete -c 'intake-check' -n '__intake-check_should_offer_completions_for_flags_or_options "intake-check list" format' -l 'format' -d 'Output format: table, ndjson, csv or json (default: table on a terminal, else ndjson).' -rfka 'table ndjson csv json'
complete -c 'intake-check' -n '__intake-check_should_offer_completions_for_flags_or_options "intake-check list" columns' -l 'columns' -d 'Columns for table and CSV, in this order: the output\'s field names, dotted for nested fields (contacts.phone).' -rfka ''
complete -c 'intake-check' -n '__intake-check_should_offer_completions_for_flags_or_options "intake-check list" follow-up-days' -l 'follow-up-days' -d 'Days a packet or records request may wait before a follow-up (default: rule intake.follow_up).' -rfka ''
complete -c 'intake-check' -n '__intake-check_should_offer_completions_for_flags_or_options "intake-check list" verified-within' -l 'verified-within' -d 'Insurance counts as verified within DAYS before --as-of (default: rule coverage.verification, 30).' -rfka ''
complete -c 'intake-check' -n '__intake-check_should_offer_completions_for_flags_or_options "intake-check list" patient' -l 'patient' -d 'Only this patient.' -rfka ''
complete -c 'intake-check' -n '__intake-check_should_offer_completions_for_flags_or_options "intake-check list" contacts' -l 'contacts' -d 'Add a contacts object to each row: patient, phone, channel, do_not_contact, payer lines, member id, auth and claim numbers (PHI).'
complete -c 'intake-check' -n '__intake-check_should_offer_completions_for_flags_or_options "intake-check list" out' -l 'out' -d 'Write the list to this file (mode 0600, 0660 for a group ledger) instead of stdout.' -rF
complete -c 'intake-check' -n '__intake-check_should_offer_completions_for_flags_or_options "intake-check list" version' -l 'version' -d 'Show the version.'
complete -c 'intake-check' -n '__intake-check_should_offer_completions_for_flags_or_options "intake-check list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'intake-check' -n '__intake-check_should_offer_completions_for_flags_or_options "intake-check advance" ledger' -l 'ledger' -d 'The ledger file.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'sqlite\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'intake-check' -n '__intake-check_should_offer_completions_for_flags_or_options "intake-check advance" config' -l 'config' -d 'The clinic\'s config file.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'json\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'intake-check' -n '__intake-check_should_offer_completions_for_flags_or_options "intake-check advance" as-of' -l 'as-of' -d 'Reason as of this date (YYYY-MM-DD) or instant (RFC 3339).' -rfka ''
complete -c 'intake-check' -n '__intake-check_should_offer_completions_for_flags_or_options "intake-check advance" actor' -l 'actor' -d 'Who records the change (default: the login name).' -rfka ''
complete -c 'intake-check' -n '__intake-check_should_offer_completions_for_flags_or_options "intake-check advance" v verbose' -l 'verbose' -s 'v' -d 'Say more on stderr: summaries, resolved paths, error details.'
complete -c 'intake-check' -n '__intake-check_should_offer_completions_for_flags_or_options "intake-check advance" format' -l 'format' -d 'Output format: table, ndjson, csv or json (default: table on a terminal, else ndjson).' -rfka 'table ndjson csv json'
complete -c 'intake-check' -n '__intake-check_should_offer_completions_for_flags_or_options "intake-check advance" columns' -l 'columns' -d 'Columns for table and CSV, in this order: the output\'s field names, dotted for nested fields (contacts.phone).' -rfka ''
complete -c 'intake-check' -n '__intake-check_should_offer_completions_for_flags_or_options "intake-check advance" dry-run' -l 'dry-run' -d 'Check everything and say what would change, but write nothing.'
complete -c 'intake-check' -n '__intake-check_should_offer_completions_for_flags_or_options "intake-check advance" referral' -l 'referral' -d 'The referral to advance.' -rfka ''
complete -c 'intake-check' -n '__intake-check_should_offer_completions_for_flags_or_options "intake-check advance" to' -l 'to' -d 'The new status.' -rfka 'received intake_sent intake_returned records_requested records_received ready scheduled declined'
complete -c 'intake-check' -n '__intake-check_should_offer_completions_for_flags_or_options "intake-check advance" on' -l 'on' -d 'The day of the step (default: the --as-of date).' -rfka ''
complete -c 'intake-check' -n '__intake-check_should_offer_completions_for_flags_or_options "intake-check advance" force' -l 'force' -d 'Allow going back to an earlier status.'
complete -c 'intake-check' -n '__intake-check_should_offer_completions_for_positional "intake-check advance" -ge 1' -fa '(set -l exts \'ndjson\' \'jsonl\';for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.{$exts};printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'intake-check' -n '__intake-check_should_offer_completions_for_flags_or_options "intake-check advance" version' -l 'version' -d 'Show the version.'
complete -c 'intake-check' -n '__intake-check_should_offer_completions_for_flags_or_options "intake-check advance" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'intake-check' -n '__intake-check_should_offer_completions_for_flags_or_options "intake-check help" version' -l 'version' -d 'Show the version.'
