function __pa-submit_should_offer_completions_for_flags_or_options -a expected_commands
    set -l non_repeating_flags_or_options $argv[2..]
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __pa-submit_parse_tokens
    test "$commands" = "$expected_commands"; and return $non_repeating_flags_or_options_absent
end

function __pa-submit_should_offer_completions_for_positional -a expected_commands positional_index_comparison expected_positional_index
    set -l non_repeating_flags_or_options
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __pa-submit_parse_tokens
    test "$commands" = "$expected_commands" -a \( "$positional_index" "$positional_index_comparison" "$expected_positional_index" \)
end

function __pa-submit_parse_tokens -S
    set -l unparsed_tokens (__pa-submit_tokens -pc)
    switch $unparsed_tokens[1]
    case 'pa-submit'
        __pa-submit_parse_subcommand -r 1 'ledger=' 'config=' 'as-of=' 'actor=' 'v/verbose' 'format=' 'columns=' 'dry-run' 'check' 'export=' 'out=' 'force' 'reason=' 'patient=' 'payer=' 'provider=' 'id=' 'item=+' 'icd10=+' 'region=' 'side=' 'levels=' 'urgency=' 'service-date=' 'location=' 'channel=' 'reference=' 'version' 'h/help'
        switch $unparsed_tokens[1]
        case 'help'
            __pa-submit_parse_subcommand -r 1 'version'
        end
    end
end

function __pa-submit_tokens
    if test (string split -m 1 -f 1 -- . "$FISH_VERSION") -gt 3
        commandline --tokens-raw $argv
    else
        commandline -o $argv
    end
end

function __pa-submit_parse_subcommand -S -a positional_count
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

function __pa-submit_complete_directories
    set -l token (commandline -t)
    string match -- '*/' $token
    set -l subdirs $token*/
    printf %s\n $subdirs
end

function __pa-submit_custom_completion
    set -x SAP_SHELL fish
    set -x SAP_SHELL_VERSION $FISH_VERSION
    set -l tokens (__pa-submit_tokens -p)
    if test -z "$(__pa-submit_tokens -t)"
        set -l index (count (__pa-submit_tokens -pc))
        set tokens $tokens[..$index] \'\' $tokens[(math $index + 1)..]
    end
    command $tokens[1] $argv $tokens
end

complete -c 'pa-submit' -f
complete -c 'pa-submit' -n '__pa-submit_should_offer_completions_for_flags_or_options "pa-submit" ledger' -l 'ledger' -d 'The ledger file.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'sqlite\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'pa-submit' -n '__pa-submit_should_offer_completions_for_flags_or_options "pa-submit" config' -l 'config' -d 'The clinic\'s config file.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'json\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'pa-submit' -n '__pa-submit_should_offer_completions_for_flags_or_options "pa-submit" as-of' -l 'as-of' -d 'Reason as of this date (YYYY-MM-DD) or instant (RFC 3339).' -rfka ''
complete -c 'pa-submit' -n '__pa-submit_should_offer_completions_for_flags_or_options "pa-submit" actor' -l 'actor' -d 'Who records the change (default: the login name).' -rfka ''
complete -c 'pa-submit' -n '__pa-submit_should_offer_completions_for_flags_or_options "pa-submit" v verbose' -l 'verbose' -s 'v' -d 'Say more on stderr: summaries, resolved paths, error details.'
complete -c 'pa-submit' -n '__pa-submit_should_offer_completions_for_flags_or_options "pa-submit" format' -l 'format' -d 'Output format: table, ndjson, csv or json (default: table on a terminal, else ndjson).' -rfka 'table ndjson csv json'
complete -c 'pa-submit' -n '__pa-submit_should_offer_completions_for_flags_or_options "pa-submit" columns' -l 'columns' -d 'Columns for table and CSV, in this order: the output\'s field names, dotted for nested fields (contacts.phone).' -rfka ''
complete -c 'pa-submit' -n '__pa-submit_should_offer_completions_for_flags_or_options "pa-submit" dry-run' -l 'dry-run' -d 'Check everything and say what would change, but write nothing.'
complete -c 'pa-submit' -n '__pa-submit_should_offer_completions_for_flags_or_options "pa-submit" check' -l 'check' -d 'Readiness only: print findings and readiness records, write nothing.'
complete -c 'pa-submit' -n '__pa-submit_should_offer_completions_for_flags_or_options "pa-submit" export' -l 'export' -d 'Export instead of recording: fhir-pas.' -rfka 'fhir-pas'
complete -c 'pa-submit' -n '__pa-submit_should_offer_completions_for_flags_or_options "pa-submit" out' -l 'out' -d 'Write a submission packet per request into this folder.' -rfa '(__pa-submit_complete_directories)'
complete -c 'pa-submit' -n '__pa-submit_should_offer_completions_for_flags_or_options "pa-submit" force' -l 'force' -d 'Submit even with blocking findings (needs --reason).'
complete -c 'pa-submit' -n '__pa-submit_should_offer_completions_for_flags_or_options "pa-submit" reason' -l 'reason' -d 'Why a request is forced through (recorded on the auth).' -rfka ''
complete -c 'pa-submit' -n '__pa-submit_should_offer_completions_for_flags_or_options "pa-submit" patient' -l 'patient' -d 'Build a request for this patient id.' -rfka ''
complete -c 'pa-submit' -n '__pa-submit_should_offer_completions_for_flags_or_options "pa-submit" payer' -l 'payer' -d 'Payer id of the built request.' -rfka ''
complete -c 'pa-submit' -n '__pa-submit_should_offer_completions_for_flags_or_options "pa-submit" provider' -l 'provider' -d 'Provider id (default: the patient\'s provider).' -rfka ''
complete -c 'pa-submit' -n '__pa-submit_should_offer_completions_for_flags_or_options "pa-submit" id' -l 'id' -d 'Auth id of the built request (default: derived).' -rfka ''
complete -c 'pa-submit' -n '__pa-submit_should_offer_completions_for_flags_or_options "pa-submit"' -l 'item' -d 'A line: CPT code and units (repeatable).' -rfka ''
complete -c 'pa-submit' -n '__pa-submit_should_offer_completions_for_flags_or_options "pa-submit"' -l 'icd10' -d 'An ICD-10-CM code (repeatable).' -rfka ''
complete -c 'pa-submit' -n '__pa-submit_should_offer_completions_for_flags_or_options "pa-submit" region' -l 'region' -d 'Spinal region: cervical, thoracic, lumbar, sacral, sij.' -rfka 'cervical thoracic lumbar sacral sij'
complete -c 'pa-submit' -n '__pa-submit_should_offer_completions_for_flags_or_options "pa-submit" side' -l 'side' -d 'Side: left, right, bilateral.' -rfka 'left right bilateral'
complete -c 'pa-submit' -n '__pa-submit_should_offer_completions_for_flags_or_options "pa-submit" levels' -l 'levels' -d 'Levels, comma-separated (L4-L5,L5-S1).' -rfka ''
complete -c 'pa-submit' -n '__pa-submit_should_offer_completions_for_flags_or_options "pa-submit" urgency' -l 'urgency' -d 'standard or expedited.' -rfka 'standard expedited'
complete -c 'pa-submit' -n '__pa-submit_should_offer_completions_for_flags_or_options "pa-submit" service-date' -l 'service-date' -d 'Planned date of service.' -rfka ''
complete -c 'pa-submit' -n '__pa-submit_should_offer_completions_for_flags_or_options "pa-submit" location' -l 'location' -d 'Location id.' -rfka ''
complete -c 'pa-submit' -n '__pa-submit_should_offer_completions_for_flags_or_options "pa-submit" channel' -l 'channel' -d 'Submission channel: portal, fax, phone, x12_278, fhir_pas.' -rfka 'portal fax x12_278 fhir_pas phone'
complete -c 'pa-submit' -n '__pa-submit_should_offer_completions_for_flags_or_options "pa-submit" reference' -l 'reference' -d 'Portal tracking id, fax confirmation or call reference.' -rfka ''
complete -c 'pa-submit' -n '__pa-submit_should_offer_completions_for_positional "pa-submit" -ge 1' -fa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'ndjson\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'pa-submit' -n '__pa-submit_should_offer_completions_for_flags_or_options "pa-submit" version' -l 'version' -d 'Show the version.'
complete -c 'pa-submit' -n '__pa-submit_should_offer_completions_for_flags_or_options "pa-submit" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'pa-submit' -n '__pa-submit_should_offer_completions_for_positional "pa-submit" -eq 2' -fa 'help' -d 'Show subcommand help information.'
complete -c 'pa-submit' -n '__pa-submit_should_offer_completions_for_flags_or_options "pa-submit help" version' -l 'version' -d 'Show the version.'
