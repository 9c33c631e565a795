function __pa-status_should_offer_completions_for_flags_or_options -a expected_commands
    set -l non_repeating_flags_or_options $argv[2..]
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __pa-status_parse_tokens
    test "$commands" = "$expected_commands"; and return $non_repeating_flags_or_options_absent
end

function __pa-status_should_offer_completions_for_positional -a expected_commands positional_index_comparison expected_positional_index
    set -l non_repeating_flags_or_options
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __pa-status_parse_tokens
    test "$commands" = "$expected_commands" -a \( "$positional_index" "$positional_index_comparison" "$expected_positional_index" \)
end

function __pa-status_parse_tokens -S
    set -l unparsed_tokens (__pa-status_tokens -pc)
    switch $unparsed_tokens[1]
    case 'pa-status'
        __pa-status_parse_subcommand 0 'version' 'h/help'
        switch $unparsed_tokens[1]
        case 'list'
            __pa-status_parse_subcommand 0 'ledger=' 'config=' 'as-of=' 'actor=' 'v/verbose' 'format=' 'columns=' 'status=+' 'payer=' 'patient=' 'since=' 'overdue' 'expiring=' 'exhausted' 'pended' 'contacts' 'out=' 'version' 'h/help'
        case 'update'
            __pa-status_parse_subcommand -r 1 'ledger=' 'config=' 'as-of=' 'actor=' 'v/verbose' 'format=' 'columns=' 'dry-run' 'pas=+' 'auth=' 'status=' 'item=+' 'auth-number=' 'valid-from=' 'valid-to=' 'decided-at=' 'notice-date=' 'carc=' 'rarc=+' 'hcr01=' 'reason=' 'requested-item=+' 'version' 'h/help'
        case 'help'
            __pa-status_parse_subcommand -r 1 'version'
        end
    end
end

function __pa-status_tokens
    if test (string split -m 1 -f 1 -- . "$FISH_VERSION") -gt 3
        commandline --tokens-raw $argv
    else
        commandline -o $argv
    end
end

function __pa-status_parse_subcommand -S -a positional_count
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

function __pa-status_complete_directories
    set -l token (commandline -t)
    string match -- '*/' $token
    set -l subdirs $token*/
    printf %s\n $subdirs
end

function __pa-status_custom_completion
    set -x SAP_SHELL fish
    set -x SAP_SHELL_VERSION $FISH_VERSION
    set -l tokens (__pa-status_tokens -p)
    if test -z "$(__pa-status_tokens -t)"
        set -l index (count (__pa-status_tokens -pc))
        set tokens $tokens[..$index] \'\' $tokens[(math $index + 1)..]
    end
    command $tokens[1] $argv $tokens
end

complete -c 'pa-status' -f
complete -c 'pa-status' -n '__pa-status_should_offer_completions_for_flags_or_options "pa-status" version' -l 'version' -d 'Show the version.'
complete -c 'pa-status' -n '__pa-status_should_offer_completions_for_flags_or_options "pa-status" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'pa-status' -n '__pa-status_should_offer_completions_for_positional "pa-status" -eq 1' -fa 'list' -d 'List auths as a worklist (the default subcommand).'
complete -c 'pa-status' -n '__pa-status_should_offer_completions_for_positional "pa-status" -eq 1' -fa 'update' -d 'Record payer decisions: NDJSON status changes, flags for one auth, or PAS responses.'
complete -c 'pa-status' -n '__pa-status_should_offer_completions_for_positional "pa-status" -eq 1' -fa 'help' -d 'Show subcommand help information.'
complete -c 'pa-status' -n '__pa-status_should_offer_completions_for_flags_or_options "pa-status list" ledger' -l 'ledger' -d 'The ledger file.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'sqlite\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'pa-status' -n '__pa-status_should_offer_completions_for_flags_or_options "pa-status list" config' -l 'config' -d 'The clinic\'s config file.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'json\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'pa-status' -n '__pa-status_should_offer_completions_for_flags_or_options "pa-status list" as-of' -l 'as-of' -d 'Reason as of this date (YYYY-MM-DD) or instant (RFC 3339).' -rfka ''
complete -c 'pa-status' -n '__pa-status_should_offer_completions_for_flags_or_options "pa-status list" actor' -l 'actor' -d 'Who records the change (default: the login name).' -rfka ''
complete -c 'pa-status' -n '__pa-status_should_offer_completions_for_flags_or_options "pa-status list" v verbose' -l 'verbose' -s 'v' -d 'Say more on stderr: summaries, resolved paths, error details.'
complete -c 'pa-status' -n '__pa-status_should_offer_completions_for_flags_or_options "pa-status list" format' -l 'format' -d 'Output format: table, ndjson, csv or json (default: table on a terminal, else ndjson).' -rfka 'table ndjson csv json'
complete -c 'pa-status' -n '__pa-status_should_offer_completions_for_flags_or_options "pa-status list" columns' -l 'columns' -d 'Columns for table and CSV, in this order: the output\'s field names, dotted for nested fields (contacts.phone).' -rfka ''
complete -c 'pa-status' -n '__pa-status_should_offer_completions_for_flags_or_options "pa-status list"' -l 'status' -d 'Only these statuses (repeatable or comma-separated).' -rfka 'draft submitted pended approved approved_pending_number partial modified denied cancelled expired'
complete -c 'pa-status' -n '__pa-status_should_offer_completions_for_flags_or_options "pa-status list" payer' -l 'payer' -d 'Only this payer.' -rfka ''
complete -c 'pa-status' -n '__pa-status_should_offer_completions_for_flags_or_options "pa-status list" patient' -l 'patient' -d 'Only this patient.' -rfka ''
complete -c 'pa-status' -n '__pa-status_should_offer_completions_for_flags_or_options "pa-status list" since' -l 'since' -d 'Only auths submitted on or after this date.' -rfka ''
complete -c 'pa-status' -n '__pa-status_should_offer_completions_for_flags_or_options "pa-status list" overdue' -l 'overdue' -d 'Only requests with no decision within the payer\'s timeframe.'
complete -c 'pa-status' -n '__pa-status_should_offer_completions_for_flags_or_options "pa-status list" expiring' -l 'expiring' -d 'Approved auths whose valid_to falls within DAYS, or before a scheduled appointment.' -rfka ''
complete -c 'pa-status' -n '__pa-status_should_offer_completions_for_flags_or_options "pa-status list" exhausted' -l 'exhausted' -d 'Approved auths whose units are used up.'
complete -c 'pa-status' -n '__pa-status_should_offer_completions_for_flags_or_options "pa-status list" pended' -l 'pended' -d 'Pended auths: what each pend asks for, and since when.'
complete -c 'pa-status' -n '__pa-status_should_offer_completions_for_flags_or_options "pa-status list" contacts' -l 'contacts' -d 'Add a contacts object to each row: patient, phone, channel, do_not_contact, payer lines, member id, auth and claim numbers (PHI).'
complete -c 'pa-status' -n '__pa-status_should_offer_completions_for_flags_or_options "pa-status list" out' -l 'out' -d 'Write the list to this file (mode 0600, 0660 for a group ledger) instead of stdout.' -rF
complete -c 'pa-status' -n '__pa-status_should_offer_completions_for_flags_or_options "pa-status list" version' -l 'version' -d 'Show the version.'
complete -c 'pa-status' -n '__pa-status_should_offer_completions_for_flags_or_options "pa-status list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'pa-status' -n '__pa-status_should_offer_completions_for_flags_or_options "pa-status update" ledger' -l 'ledger' -d 'The ledger file.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'sqlite\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'pa-status' -n '__pa-status_should_offer_completions_for_flags_or_options "pa-status update" config' -l 'config' -d 'The clinic\'s config file.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'json\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'pa-status' -n '__pa-status_should_offer_completions_for_flags_or_options "pa-status update" as-of' -l 'as-of' -d 'Reason as of this date (YYYY-MM-DD) or instant (RFC 3339).' -rfka ''
complete -c 'pa-status' -n '__pa-status_should_offer_completions_for_flags_or_options "pa-status update" actor' -l 'actor' -d 'Who records the change (default: the login name).' -rfka ''
complete -c 'pa-status' -n '__pa-status_should_offer_completions_for_flags_or_options "pa-status update" v verbose' -l 'verbose' -s 'v' -d 'Say more on stderr: summaries, resolved paths, error details.'
complete -c 'pa-status' -n '__pa-status_should_offer_completions_for_flags_or_options "pa-status update" format' -l 'format' -d 'Output format: table, ndjson, csv or json (default: table on a terminal, else ndjson).' -rfka 'table ndjson csv json'
complete -c 'pa-status' -n '__pa-status_should_offer_completions_for_flags_or_options "pa-status update" columns' -l 'columns' -d 'Columns for table and CSV, in this order: the output\'s field names, dotted for nested fields (contacts.phone).' -rfka ''
complete -c 'pa-status' -n '__pa-status_should_offer_completions_for_flags_or_options "pa-status update" dry-run' -l 'dry-run' -d 'Check everything and say what would change, but write nothing.'
complete -c 'pa-status' -n '__pa-status_should_offer_completions_for_flags_or_options "pa-status update"' -l 'pas' -d 'Da Vinci PAS ClaimResponse bundles to apply.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'json\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'pa-status' -n '__pa-status_should_offer_completions_for_flags_or_options "pa-status update" auth' -l 'auth' -d 'The auth to change (flags), or the auth a PAS response answers.' -rfka ''
complete -c 'pa-status' -n '__pa-status_should_offer_completions_for_flags_or_options "pa-status update" status' -l 'status' -d 'New status.' -rfka 'draft submitted pended approved approved_pending_number partial modified denied cancelled expired'
complete -c 'pa-status' -n '__pa-status_should_offer_completions_for_flags_or_options "pa-status update"' -l 'item' -d 'A line\'s outcome (repeatable).' -rfka ''
complete -c 'pa-status' -n '__pa-status_should_offer_completions_for_flags_or_options "pa-status update" auth-number' -l 'auth-number' -d 'The payer\'s authorization number.' -rfka ''
complete -c 'pa-status' -n '__pa-status_should_offer_completions_for_flags_or_options "pa-status update" valid-from' -l 'valid-from' -d 'First day the approval is valid.' -rfka ''
complete -c 'pa-status' -n '__pa-status_should_offer_completions_for_flags_or_options "pa-status update" valid-to' -l 'valid-to' -d 'Last day the approval is valid.' -rfka ''
complete -c 'pa-status' -n '__pa-status_should_offer_completions_for_flags_or_options "pa-status update" decided-at' -l 'decided-at' -d 'When the payer decided (default: --as-of, else now).' -rfka ''
complete -c 'pa-status' -n '__pa-status_should_offer_completions_for_flags_or_options "pa-status update" notice-date' -l 'notice-date' -d 'Date on the denial notice (default: the decision\'s date).' -rfka ''
complete -c 'pa-status' -n '__pa-status_should_offer_completions_for_flags_or_options "pa-status update" carc' -l 'carc' -d 'Denial: claim adjustment reason code.' -rfka ''
complete -c 'pa-status' -n '__pa-status_should_offer_completions_for_flags_or_options "pa-status update"' -l 'rarc' -d 'Denial: remark code (repeatable).' -rfka ''
complete -c 'pa-status' -n '__pa-status_should_offer_completions_for_flags_or_options "pa-status update" hcr01' -l 'hcr01' -d 'Denial: X12 278 HCR01 action code.' -rfka ''
complete -c 'pa-status' -n '__pa-status_should_offer_completions_for_flags_or_options "pa-status update" reason' -l 'reason' -d 'Denial reason as the payer gave it.' -rfka ''
complete -c 'pa-status' -n '__pa-status_should_offer_completions_for_flags_or_options "pa-status update"' -l 'requested-item' -d 'What a pend asks for (repeatable).' -rfka ''
complete -c 'pa-status' -n '__pa-status_should_offer_completions_for_positional "pa-status update" -ge 1' -fa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'ndjson\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'pa-status' -n '__pa-status_should_offer_completions_for_flags_or_options "pa-status update" version' -l 'version' -d 'Show the version.'
complete -c 'pa-status' -n '__pa-status_should_offer_completions_for_flags_or_options "pa-status update" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'pa-status' -n '__pa-status_should_offer_completions_for_flags_or_options "pa-status help" version' -l 'version' -d 'Show the version.'
