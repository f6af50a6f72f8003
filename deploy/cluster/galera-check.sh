#!/bin/sh
# HAProxy's check of one Galera node: up only while the node is Synced (wsrep_local_state 4) and part of the
# primary component. A node that accepts connections but is joining, donating or cut off is down.
# HAProxy passes: <proxy address> <proxy port> <server address> <server port>.
state=$(mariadb --no-defaults -h "$3" -P "$4" -u csi_check --connect-timeout=2 -N -B -e \
    "select variable_value from information_schema.global_status where variable_name in
     ('wsrep_local_state', 'wsrep_cluster_status') order by variable_name" 2>/dev/null | tr '\n' ' ')
[ "$state" = "Primary 4 " ]
